package health.falcon.bluegreen;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.http.RecordedRequest;

/**
 * Reads the mock server's request log: what reached the "API server".
 */
final class RequestLog {

	private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

	private RequestLog() {
	}

	/**
	 * Takes every request recorded so far off the log.
	 * @param server the mock server
	 * @return the requests, oldest first
	 */
	static List<RecordedRequest> drain(KubernetesMockServer server) throws InterruptedException {
		List<RecordedRequest> requests = new ArrayList<>();
		RecordedRequest request = server.takeRequest(50, TimeUnit.MILLISECONDS);
		while (request != null) {
			requests.add(request);
			request = server.takeRequest(50, TimeUnit.MILLISECONDS);
		}
		return requests;
	}

	static List<RecordedRequest> writes(List<RecordedRequest> requests) {
		return requests.stream().filter((r) -> WRITES.contains(r.getMethod())).toList();
	}

	static List<RecordedRequest> writesTo(List<RecordedRequest> requests, String path) {
		return writes(requests).stream().filter((r) -> r.getPath().split("\\?")[0].equals(path)).toList();
	}

}

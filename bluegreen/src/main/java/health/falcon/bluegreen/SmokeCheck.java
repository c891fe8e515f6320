package health.falcon.bluegreen;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import org.jspecify.annotations.Nullable;

/**
 * The smoke check before a switch: one HTTP GET through the preview Service, which
 * selects only the idle colour's pods. Any 2xx passes; anything else, or no answer,
 * fails.
 */
final class SmokeCheck {

	private final Duration timeout;

	private final HttpClient http;

	SmokeCheck(Duration timeout) {
		this.timeout = timeout;
		this.http = HttpClient.newBuilder()
			.connectTimeout(timeout)
			.followRedirects(HttpClient.Redirect.NEVER)
			.version(HttpClient.Version.HTTP_1_1)
			.build();
	}

	/**
	 * The in-cluster base address of a preview Service:
	 * {@code http://<svc>-preview.<namespace>.svc:<port>}.
	 * @param preview the preview Service
	 * @param portName the name of the port to use ({@code management} or {@code http})
	 * @return the base URI, without a path
	 * @throws ResourceNotFoundException when the Service has no such port and more than
	 * one port
	 */
	static URI inClusterBase(Service preview, String portName) {
		List<ServicePort> ports = preview.getSpec().getPorts();
		ServicePort port = ports.stream()
			.filter((p) -> portName.equals(p.getName()))
			.findFirst()
			.or(() -> (ports.size() == 1) ? ports.stream().findFirst() : Optional.empty())
			.orElseThrow(() -> new ResourceNotFoundException(
					"Service %s has no port named %s".formatted(preview.getMetadata().getName(), portName)));
		String host = preview.getMetadata().getName() + "." + preview.getMetadata().getNamespace() + ".svc";
		try {
			// Plain HTTP inside the cluster: the Service is only reachable there.
			return new URI("http", null, host, port.getPort(), null, null, null);
		}
		catch (URISyntaxException ex) {
			throw new ResourceNotFoundException("Service %s gives no valid address: %s"
				.formatted(preview.getMetadata().getName(), ex.getMessage()));
		}
	}

	/**
	 * Joins a base address and a path.
	 * @param base the base, with or without a trailing slash or a path of its own
	 * @param path the path, with or without a leading slash
	 * @return the address to GET
	 */
	static URI resolve(URI base, String path) {
		String left = base.toString().replaceAll("/+$", "");
		String right = path.startsWith("/") ? path : "/" + path;
		return URI.create(left + right);
	}

	/**
	 * Runs the check.
	 * @param target the address to GET
	 * @return the status code (2xx)
	 * @throws SmokeCheckFailedException on a non-2xx answer or no answer
	 */
	int check(URI target) {
		HttpRequest request = HttpRequest.newBuilder(target).timeout(this.timeout).GET().build();
		try {
			HttpResponse<Void> response = this.http.send(request, HttpResponse.BodyHandlers.discarding());
			if (response.statusCode() / 100 != 2) {
				throw new SmokeCheckFailedException(
						"smoke check GET %s answered %d".formatted(target, response.statusCode()));
			}
			return response.statusCode();
		}
		catch (IOException ex) {
			throw new SmokeCheckFailedException("smoke check GET %s failed: %s".formatted(target, describe(ex)));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new SmokeCheckFailedException("smoke check GET %s interrupted".formatted(target));
		}
	}

	private static String describe(Throwable ex) {
		@Nullable String message = ex.getMessage();
		return ex.getClass().getSimpleName() + ((message != null) ? ": " + message : "");
	}

}

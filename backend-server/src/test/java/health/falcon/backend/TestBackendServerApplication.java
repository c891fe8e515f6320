package health.falcon.backend;

import java.util.List;

import health.falcon.testsupport.LocalRuns;

/**
 * Runs backend-server locally in one click: an in-process mongo-java-server on a free
 * port (in memory, gone on exit) and the service wired to it. Tokens come from the
 * devstack provider on port 9000 when it runs; the service starts without it. Activities
 * come from backend-data on port 8082 ({@code TestBackendDataApplication}).
 */
public final class TestBackendServerApplication {

	private TestBackendServerApplication() {
	}

	public static void main(String[] args) {
		LocalRuns.withEmbeddedMongo(BackendServerApplication::main, List
			.of("--spring.http.serviceclient.backend-data.base-url=${FALCON_SERVICES_BACKEND_DATA:http://localhost:8082}"),
				args);
	}

}

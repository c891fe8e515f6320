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
		LocalRuns.withEmbeddedMongo(BackendServerApplication::main, List.of(
				"--spring.http.serviceclient.backend-data.base-url=${FALCON_SERVICES_BACKEND_DATA:http://localhost:8082}",
				"--spring.http.serviceclient.fitness-service.base-url=${FALCON_SERVICES_FITNESS_SERVICE:http://localhost:8083}",
				"--spring.http.serviceclient.diet-service.base-url=${FALCON_SERVICES_DIET_SERVICE:http://localhost:8084}",
				"--spring.http.serviceclient.fitbit-service.base-url=${FALCON_SERVICES_FITBIT_SERVICE:http://localhost:8085}",
				"--spring.http.serviceclient.dropbox-ingest.base-url=${FALCON_SERVICES_DROPBOX_INGEST:http://localhost:8086}"),
				args);
	}

}

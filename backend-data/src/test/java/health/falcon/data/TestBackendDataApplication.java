package health.falcon.data;

import java.util.List;

import health.falcon.testsupport.LocalRuns;

/**
 * Runs backend-data locally in one click: an in-process mongo-java-server on a free port
 * (in memory, gone on exit) and the service wired to it. Tokens come from the devstack
 * provider on port 9000 when it runs; the service starts without it.
 */
public final class TestBackendDataApplication {

	private TestBackendDataApplication() {
	}

	public static void main(String[] args) {
		LocalRuns.withEmbeddedMongo(BackendDataApplication::main, List.of(), args);
	}

}

package health.falcon.backend;

import java.util.List;

import health.falcon.testsupport.LocalRuns;

/**
 * Runs backend-server locally in one click: an in-process mongo-java-server on a free
 * port (in memory, gone on exit) and the service wired to it. Tokens come from the
 * devstack provider on port 9000 when it runs; the service starts without it.
 */
public final class TestBackendServerApplication {

	private TestBackendServerApplication() {
	}

	public static void main(String[] args) {
		LocalRuns.withEmbeddedMongo(BackendServerApplication::main, List.of(), args);
	}

}

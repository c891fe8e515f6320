package health.falcon.diet;

import health.falcon.testsupport.LocalRuns;

/**
 * Runs diet-service locally in one click: an in-process mongo-java-server on a free port
 * (in memory, gone on exit), MyFitnessPal pointing at the devstack sandbox on port 9100,
 * and throwaway demo keys for the stored session cookies unless the environment provides
 * real ones. Tokens come from the devstack provider on port 9000 when it runs.
 */
public final class TestDietServiceApplication {

	private TestDietServiceApplication() {
	}

	public static void main(String[] args) {
		LocalRuns.withEmbeddedMongo(DietServiceApplication::main,
				LocalRuns.ingestKitDemoSettings(
						"--falcon.diet.myfitnesspal.web-base-url=" + LocalRuns.sandbox("/myfitnesspal/www"),
						"--falcon.diet.myfitnesspal.api-base-url=" + LocalRuns.sandbox("/myfitnesspal/api")),
				args);
	}

}

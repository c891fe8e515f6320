package health.falcon.fitness;

import health.falcon.testsupport.LocalRuns;

/**
 * Runs fitness-service locally in one click: an in-process mongo-java-server on a free
 * port (in memory, gone on exit), Strava pointing at the devstack sandbox on port 9100,
 * and throwaway demo keys for tokens and OAuth state unless the environment provides real
 * ones. Tokens come from the devstack provider on port 9000 when it runs.
 */
public final class TestFitnessServiceApplication {

	private TestFitnessServiceApplication() {
	}

	public static void main(String[] args) {
		LocalRuns.withEmbeddedMongo(FitnessServiceApplication::main, LocalRuns.ingestKitDemoSettings(
				"--falcon.ingest.providers.strava.client-id=${FALCON_STRAVA_CLIENT_ID:falcon-local}",
				"--falcon.ingest.providers.strava.client-secret=${FALCON_STRAVA_CLIENT_SECRET:falcon-local-secret}",
				"--falcon.fitness.strava.webhook.verify-token=${FALCON_STRAVA_VERIFY_TOKEN:falcon-local-verify}",
				"--falcon.ingest.providers.strava.authorization-uri=" + LocalRuns.sandbox("/strava/oauth/authorize"),
				"--falcon.ingest.providers.strava.token-uri=" + LocalRuns.sandbox("/strava/oauth/token"),
				"--falcon.ingest.providers.strava.api-base-url=" + LocalRuns.sandbox("/strava/api/v3"),
				"--falcon.fitness.strava.deauthorize-uri=" + LocalRuns.sandbox("/strava/oauth/deauthorize")), args);
	}

}

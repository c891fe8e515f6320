package health.falcon.fitbit;

import health.falcon.testsupport.LocalRuns;

/**
 * Runs fitbit-service locally in one click: an in-process mongo-java-server on a free
 * port (in memory, gone on exit), Google Health pointing at the devstack sandbox on port
 * 9100, and throwaway demo keys for tokens and OAuth state unless the environment
 * provides real ones. Tokens come from the devstack provider on port 9000 when it runs.
 */
public final class TestFitbitServiceApplication {

	private TestFitbitServiceApplication() {
	}

	public static void main(String[] args) {
		LocalRuns.withEmbeddedMongo(FitbitServiceApplication::main, LocalRuns.ingestKitDemoSettings(
				"--falcon.ingest.providers.fitbit.client-id=${FALCON_GOOGLE_CLIENT_ID:falcon-local}",
				"--falcon.ingest.providers.fitbit.client-secret=${FALCON_GOOGLE_CLIENT_SECRET:falcon-local-secret}",
				"--falcon.fitbit.notifications.secret=${FALCON_GOOGLE_HEALTH_NOTIFICATION_SECRET:falcon-local-secret}",
				"--falcon.ingest.providers.fitbit.authorization-uri="
						+ LocalRuns.sandbox("/google-health/o/oauth2/v2/auth"),
				"--falcon.ingest.providers.fitbit.token-uri=" + LocalRuns.sandbox("/google-health/token"),
				"--falcon.ingest.providers.fitbit.api-base-url=" + LocalRuns.sandbox("/google-health"),
				"--falcon.fitbit.google-health.revoke-uri=" + LocalRuns.sandbox("/google-health/revoke")), args);
	}

}

package health.falcon.dropbox;

import health.falcon.testsupport.LocalRuns;

/**
 * Runs dropbox-ingest locally in one click: an in-process mongo-java-server on a free
 * port (in memory, gone on exit), Dropbox pointing at the devstack sandbox on port 9100,
 * and throwaway demo keys for tokens and OAuth state unless the environment provides real
 * ones. Tokens come from the devstack provider on port 9000 when it runs.
 */
public final class TestDropboxIngestApplication {

	private TestDropboxIngestApplication() {
	}

	public static void main(String[] args) {
		LocalRuns.withEmbeddedMongo(DropboxIngestApplication::main, LocalRuns.ingestKitDemoSettings(
				"--falcon.ingest.providers.dropbox.client-id=${FALCON_DROPBOX_CLIENT_ID:devstack-dropbox-app-key}",
				"--falcon.ingest.providers.dropbox.client-secret=${FALCON_DROPBOX_CLIENT_SECRET:devstack-only-dropbox-app-secret}",
				"--falcon.ingest.providers.dropbox.authorization-uri=" + LocalRuns.sandbox("/dropbox/oauth2/authorize"),
				"--falcon.ingest.providers.dropbox.token-uri=" + LocalRuns.sandbox("/dropbox/oauth2/token"),
				"--falcon.ingest.providers.dropbox.api-base-url=" + LocalRuns.sandbox("/dropbox/api"),
				"--falcon.dropbox.content-base-url=" + LocalRuns.sandbox("/dropbox/content"),
				"--spring.security.oauth2.client.provider.falcon.token-uri="
						+ "${FALCON_OIDC_ISSUER_URI:http://localhost:9000}/oauth2/token",
				"--spring.http.serviceclient.diet-service.base-url=${FALCON_SERVICES_DIET_SERVICE:http://localhost:8084}",
				"--spring.http.serviceclient.fitbit-service.base-url=${FALCON_SERVICES_FITBIT_SERVICE:http://localhost:8085}"),
				args);
	}

}

package health.falcon.testsupport;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The ingest kit's settings for a connector service's integration test: the embedded
 * MongoDB, Quartz held back (tests trigger syncs themselves), a throwaway token key and
 * state secret, the public base URL, and a provider's endpoints on a mock server.
 */
public final class ConnectorTestProperties {

	/** A test-only AES-256 key, never used outside tests. */
	private static final String TEST_KEY = "k1:FlTdVxL1dbk8bLBM1AR6xGBwcqa16eIe/ddOktMsDuA=";

	/**
	 * The gateway's URL in connector tests (the devstack's), which OAuth callbacks and
	 * the browser's return address start with.
	 */
	public static final String PUBLIC_BASE_URL = "http://localhost:8080";

	private ConnectorTestProperties() {
	}

	/**
	 * Register the kit's infrastructure settings.
	 * @param registry the test's registry
	 * @param mongo the embedded server; the database is {@code falcon}
	 */
	public static void ingestKit(DynamicPropertyRegistry registry, InMemoryMongo mongo) {
		registry.add("spring.mongodb.uri", () -> mongo.uri("falcon"));
		registry.add("spring.quartz.auto-startup", () -> "false");
		registry.add("falcon.ingest.encryption.active-key-id", () -> "k1");
		registry.add("falcon.ingest.encryption.keys", () -> TEST_KEY);
		registry.add("falcon.ingest.state.secret", () -> "test-only-state-signing-secret-0123456789");
		registry.add("falcon.ingest.public-base-url", () -> PUBLIC_BASE_URL);
	}

	/**
	 * Register a provider's OAuth and API endpoints and its client registration.
	 * @param registry the test's registry
	 * @param provider the provider id, for example {@code strava}
	 * @param endpoints where the mock server answers, and the client's credentials
	 */
	public static void provider(DynamicPropertyRegistry registry, String provider, ProviderEndpoints endpoints) {
		String prefix = "falcon.ingest.providers." + provider + ".";
		registry.add(prefix + "authorization-uri", endpoints::authorizationUri);
		registry.add(prefix + "token-uri", endpoints::tokenUri);
		registry.add(prefix + "api-base-url", endpoints::apiBaseUrl);
		registry.add(prefix + "client-id", endpoints::clientId);
		registry.add(prefix + "client-secret", endpoints::clientSecret);
	}

	/**
	 * A provider as a mock server plays it.
	 *
	 * @param authorizationUri the authorization endpoint
	 * @param tokenUri the token endpoint
	 * @param apiBaseUrl the API's base URL
	 * @param clientId the OAuth client id
	 * @param clientSecret the OAuth client secret
	 */
	public record ProviderEndpoints(String authorizationUri, String tokenUri, String apiBaseUrl, String clientId,
			String clientSecret) {
	}

}

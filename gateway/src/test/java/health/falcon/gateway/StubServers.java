package health.falcon.gateway;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import org.springframework.test.context.DynamicPropertyRegistry;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * WireMock stand-ins for the OIDC provider (discovery only: the gateway reads it at
 * start-up) and for backend-server.
 */
final class StubServers {

	static final WireMockServer provider = new WireMockServer(WireMockConfiguration.options().dynamicPort());

	static final WireMockServer backend = new WireMockServer(WireMockConfiguration.options().dynamicPort());

	static final WireMockServer fitness = new WireMockServer(WireMockConfiguration.options().dynamicPort());

	private StubServers() {
	}

	static synchronized void start() {
		if (provider.isRunning()) {
			return;
		}
		provider.start();
		backend.start();
		fitness.start();
		String issuer = "http://localhost:" + provider.port();
		provider.stubFor(get(urlPathEqualTo("/.well-known/openid-configuration"))
			.willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("""
					{"issuer":"%1$s","authorization_endpoint":"%1$s/oauth2/authorize",
					 "token_endpoint":"%1$s/oauth2/token","jwks_uri":"%1$s/oauth2/jwks",
					 "userinfo_endpoint":"%1$s/userinfo","end_session_endpoint":"%1$s/connect/logout",
					 "response_types_supported":["code"],"subject_types_supported":["public"],
					 "id_token_signing_alg_values_supported":["RS256"],
					 "code_challenge_methods_supported":["S256"]}
					""".formatted(issuer))));
	}

	/** Point the gateway under test at the stubs. */
	static void register(DynamicPropertyRegistry registry) {
		registry.add("spring.security.oauth2.client.provider.falcon.issuer-uri", StubServers::issuer);
		registry.add("spring.security.oauth2.client.registration.falcon.client-secret", () -> "test-secret");
		registry.add("falcon.services.backend-server", StubServers::backendUri);
		registry.add("falcon.services.fitness-service", () -> "http://localhost:" + fitness.port());
	}

	static String issuer() {
		start();
		return "http://localhost:" + provider.port();
	}

	static String backendUri() {
		start();
		return "http://localhost:" + backend.port();
	}

}

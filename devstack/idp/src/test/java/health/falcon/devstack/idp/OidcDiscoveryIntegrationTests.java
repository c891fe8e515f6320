package health.falcon.devstack.idp;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

/**
 * The public surface the gateway and {@code ./run.sh} rely on: discovery, JWKS, probes
 * and the login page.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = IdpTestProperties.KEY_DIR)
class OidcDiscoveryIntegrationTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Test
	void advertisesTheConfiguredIssuerAndEndpoints() {
		Map<String, Object> discovery = getJson("/.well-known/openid-configuration");
		assertThat(discovery).containsEntry("issuer", "http://localhost:9000")
			.containsEntry("authorization_endpoint", "http://localhost:9000/oauth2/authorize")
			.containsEntry("token_endpoint", "http://localhost:9000/oauth2/token")
			.containsEntry("jwks_uri", "http://localhost:9000/oauth2/jwks")
			.containsEntry("userinfo_endpoint", "http://localhost:9000/userinfo")
			.containsEntry("end_session_endpoint", "http://localhost:9000/connect/logout");
		assertThat(discovery.get("code_challenge_methods_supported")).isEqualTo(List.of("S256"));
		assertThat(discovery.get("id_token_signing_alg_values_supported")).isEqualTo(List.of("RS256"));
	}

	@Test
	void publishesOneRsaSigningKey() {
		Map<String, Object> jwks = getJson("/oauth2/jwks");
		assertThat(jwks.get("keys")).asInstanceOf(LIST)
			.singleElement()
			.asInstanceOf(MAP)
			.containsEntry("kty", "RSA")
			.containsKey("kid")
			.doesNotContainKey("d");
	}

	@Test
	void exposesReadinessWithoutLogin() {
		HttpResponse<String> readiness = browser().get("/actuator/health/readiness", "Accept", "*/*");
		assertThat(readiness.statusCode()).isEqualTo(200);
		assertThat(readiness.body()).contains("\"UP\"");
		assertThat(browser().get("/actuator/health/liveness", "Accept", "*/*").statusCode()).isEqualTo(200);
		assertThat(browser().get("/actuator/info", "Accept", "*/*").statusCode()).isEqualTo(200);
	}

	@Test
	void servesAStandardLoginFormWithTheDemoNote() {
		HttpResponse<String> page = browser().get("/login");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(page.body()).contains("name=\"username\"", "name=\"password\"", "name=\"_csrf\"",
				"action=\"/login\"", "Devstack demo accounts: demo/demo, alex/alex");
	}

	@Test
	void sendsAnonymousUsersFromTheAuthorizationEndpointToTheLoginFormWhateverTheyAccept() {
		String authorize = "/oauth2/authorize?response_type=code&client_id=falcon-gateway&scope=openid"
				+ "&redirect_uri=http://localhost:8080/login/oauth2/code/falcon"
				+ "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256";
		assertThat(Browser.location(browser().get(authorize))).endsWith("/login");
		assertThat(Browser.location(browser().get(authorize, "Accept", "*/*"))).endsWith("/login");
	}

	@Test
	void answersUnauthenticatedApiCallsWithUnauthorized() {
		assertThat(browser().get("/userinfo", "Accept", "application/json").statusCode()).isEqualTo(401);
	}

	private Browser browser() {
		return new Browser(URI.create("http://localhost:" + this.port));
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> getJson(String path) {
		HttpResponse<String> response = browser().get(path, "Accept", "application/json");
		assertThat(response.statusCode()).isEqualTo(200);
		return json.readValue(response.body(), Map.class);
	}

}

package health.falcon.devstack.idp;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives the gateway's sign-in over real HTTP: form login, authorization code with PKCE,
 * token exchange, userinfo, refresh-token rotation and RP-initiated logout.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = IdpTestProperties.KEY_DIR)
class AuthorizationCodeFlowIntegrationTests {

	@LocalServerPort
	int port;

	private GatewaySignIn gateway;

	private Browser browser;

	@BeforeEach
	void openBrowser() {
		this.gateway = new GatewaySignIn(this.port);
		this.browser = this.gateway.browser();
	}

	@Test
	void issuesJwtAccessTokensForTheApiAudienceAfterFormLoginWithPkce() {
		Map<String, Object> tokens = this.gateway.signIn("demo", "demo");

		Jwt accessToken = decoder().decode((String) tokens.get("access_token"));
		assertThat(accessToken.getSubject()).isEqualTo("demo");
		assertThat(accessToken.getAudience()).contains("falcon-api", "falcon-gateway");
		assertThat(accessToken.getClaimAsString("iss")).isEqualTo("http://localhost:9000");
		assertThat(accessToken.getClaimAsString("name")).isEqualTo("Dana Demo");
		assertThat(accessToken.getClaimAsString("email")).isEqualTo("demo@falcon.local");
		assertThat(accessToken.getClaimAsString("preferred_username")).isEqualTo("demo");
		assertThat(accessToken.getExpiresAt()).isBefore(accessToken.getIssuedAt().plusSeconds(15 * 60 + 1));
		assertThat(tokens).containsEntry("token_type", "Bearer").containsKey("refresh_token");

		Jwt idToken = decoder().decode((String) tokens.get("id_token"));
		assertThat(idToken.getSubject()).isEqualTo("demo");
		assertThat(idToken.getAudience()).containsExactly("falcon-gateway");
		assertThat(idToken.getClaims()).containsEntry("name", "Dana Demo")
			.containsEntry("email", "demo@falcon.local")
			.containsEntry("email_verified", true)
			.containsEntry("preferred_username", "demo")
			.containsEntry("nonce", "n-0S6_WzA2Mj");
	}

	@Test
	void servesUserinfoForTheAccessToken() {
		Map<String, Object> tokens = this.gateway.signIn("alex", "alex");

		HttpResponse<String> userinfo = this.browser.get("/userinfo", "Authorization",
				"Bearer " + tokens.get("access_token"));
		assertThat(userinfo.statusCode()).isEqualTo(200);
		assertThat(GatewaySignIn.read(userinfo.body())).containsEntry("sub", "alex")
			.containsEntry("name", "Alex Rivera")
			.containsEntry("email", "alex@falcon.local")
			.containsEntry("email_verified", true)
			.containsEntry("preferred_username", "alex");
	}

	@Test
	void rotatesRefreshTokens() {
		String refreshToken = (String) this.gateway.signIn("demo", "demo").get("refresh_token");

		HttpResponse<String> refreshed = this.gateway
			.token(Map.of("grant_type", "refresh_token", "refresh_token", refreshToken));
		assertThat(refreshed.statusCode()).isEqualTo(200);
		Map<String, Object> newTokens = GatewaySignIn.read(refreshed.body());
		assertThat(newTokens.get("refresh_token")).isNotNull().isNotEqualTo(refreshToken);
		assertThat(decoder().decode((String) newTokens.get("access_token")).getSubject()).isEqualTo("demo");

		HttpResponse<String> reused = this.gateway
			.token(Map.of("grant_type", "refresh_token", "refresh_token", refreshToken));
		assertThat(reused.statusCode()).isEqualTo(400);
		assertThat(GatewaySignIn.read(reused.body())).containsEntry("error", "invalid_grant");
	}

	@Test
	void issuesServiceTokensToTheIngestClientWithTheInternalScopeOnly() {
		String basic = "Basic " + Base64.getEncoder()
			.encodeToString("falcon-ingest:devstack-only-ingest-client-secret".getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = this.browser.postForm("/oauth2/token",
				new HashMap<>(Map.of("grant_type", "client_credentials", "scope", "falcon.internal")), basic);
		assertThat(response.statusCode()).isEqualTo(200);
		Jwt accessToken = decoder().decode((String) GatewaySignIn.read(response.body()).get("access_token"));
		assertThat(accessToken.getSubject()).isEqualTo("falcon-ingest");
		assertThat(accessToken.getAudience()).contains("falcon-api");
		assertThat(accessToken.getClaimAsStringList("scope")).containsExactly("falcon.internal");
		assertThat(accessToken.getClaims()).doesNotContainKeys("name", "email");

		HttpResponse<String> gatewayClient = this.gateway.token(Map.of("grant_type", "client_credentials"));
		assertThat(gatewayClient.statusCode()).isEqualTo(400);
		assertThat(GatewaySignIn.read(gatewayClient.body())).containsEntry("error", "unauthorized_client");
	}

	@Test
	void refusesAnAuthorizationRequestWithoutPkce() {
		Browser.location(this.browser.logIn("demo", "demo"));

		String location = Browser.location(this.browser.get(GatewaySignIn.authorizeUri(null)));
		assertThat(location).startsWith(GatewaySignIn.REDIRECT_URI)
			.contains("error=invalid_request")
			.doesNotContain("code=");
	}

	@Test
	void refusesATokenRequestWithTheWrongVerifier() {
		String code = this.gateway.authorize("demo", "demo");

		HttpResponse<String> response = this.gateway.token(Map.of("grant_type", "authorization_code", "code", code,
				"redirect_uri", GatewaySignIn.REDIRECT_URI, "code_verifier", GatewaySignIn.randomVerifier()));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(GatewaySignIn.read(response.body())).containsEntry("error", "invalid_grant");
	}

	@Test
	void refusesAWrongPassword() {
		assertThat(Browser.location(this.browser.get(this.gateway.authorizeUri()))).endsWith("/login");

		assertThat(Browser.location(this.browser.logIn("demo", "wrong"))).endsWith("/login?error");
		assertThat(this.browser.get("/login?error").body()).contains("Invalid username or password");
		assertThat(Browser.location(this.browser.get(this.gateway.authorizeUri()))).endsWith("/login");
	}

	@Test
	void endsTheSessionAndReturnsToTheGatewayOnLogout() {
		String idToken = (String) this.gateway.signIn("demo", "demo").get("id_token");

		String logout = UriComponentsBuilder.fromPath("/connect/logout")
			.queryParam("id_token_hint", idToken)
			.queryParam("post_logout_redirect_uri", "http://localhost:8080/")
			.build()
			.toUriString();
		assertThat(Browser.location(this.browser.get(logout))).isEqualTo("http://localhost:8080/");
		assertThat(Browser.location(this.browser.get(this.gateway.authorizeUri()))).endsWith("/login");
	}

	private JwtDecoder decoder() {
		return NimbusJwtDecoder.withJwkSetUri("http://localhost:" + this.port + "/oauth2/jwks").build();
	}

}

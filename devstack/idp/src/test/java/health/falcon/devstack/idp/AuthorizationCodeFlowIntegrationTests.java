package health.falcon.devstack.idp;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

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

	private static final String REDIRECT_URI = "http://localhost:8080/login/oauth2/code/falcon";

	private static final String CLIENT_BASIC_AUTH = "Basic " + Base64.getEncoder()
		.encodeToString("falcon-gateway:devstack-only-gateway-secret".getBytes(StandardCharsets.UTF_8));

	private static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	private Browser browser;

	private String verifier;

	@BeforeEach
	void openBrowser() {
		this.browser = new Browser(URI.create("http://localhost:" + this.port));
		this.verifier = randomVerifier();
	}

	@Test
	void issuesJwtAccessTokensForTheApiAudienceAfterFormLoginWithPkce() {
		Map<String, Object> tokens = signIn("demo", "demo");

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
		Map<String, Object> tokens = signIn("alex", "alex");

		HttpResponse<String> userinfo = this.browser.get("/userinfo", "Authorization",
				"Bearer " + tokens.get("access_token"));
		assertThat(userinfo.statusCode()).isEqualTo(200);
		assertThat(read(userinfo.body())).containsEntry("sub", "alex")
			.containsEntry("name", "Alex Rivera")
			.containsEntry("email", "alex@falcon.local")
			.containsEntry("email_verified", true)
			.containsEntry("preferred_username", "alex");
	}

	@Test
	void rotatesRefreshTokens() {
		String refreshToken = (String) signIn("demo", "demo").get("refresh_token");

		HttpResponse<String> refreshed = token(Map.of("grant_type", "refresh_token", "refresh_token", refreshToken));
		assertThat(refreshed.statusCode()).isEqualTo(200);
		Map<String, Object> newTokens = read(refreshed.body());
		assertThat(newTokens.get("refresh_token")).isNotNull().isNotEqualTo(refreshToken);
		assertThat(decoder().decode((String) newTokens.get("access_token")).getSubject()).isEqualTo("demo");

		HttpResponse<String> reused = token(Map.of("grant_type", "refresh_token", "refresh_token", refreshToken));
		assertThat(reused.statusCode()).isEqualTo(400);
		assertThat(read(reused.body())).containsEntry("error", "invalid_grant");
	}

	@Test
	void issuesServiceTokensToTheIngestClientWithTheInternalScopeOnly() {
		String basic = "Basic " + Base64.getEncoder()
			.encodeToString("falcon-ingest:devstack-only-ingest-client-secret".getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = this.browser.postForm("/oauth2/token",
				new HashMap<>(Map.of("grant_type", "client_credentials", "scope", "falcon.internal")), basic);
		assertThat(response.statusCode()).isEqualTo(200);
		Jwt accessToken = decoder().decode((String) read(response.body()).get("access_token"));
		assertThat(accessToken.getSubject()).isEqualTo("falcon-ingest");
		assertThat(accessToken.getAudience()).contains("falcon-api");
		assertThat(accessToken.getClaimAsStringList("scope")).containsExactly("falcon.internal");
		assertThat(accessToken.getClaims()).doesNotContainKeys("name", "email");

		HttpResponse<String> gatewayClient = token(Map.of("grant_type", "client_credentials"));
		assertThat(gatewayClient.statusCode()).isEqualTo(400);
		assertThat(read(gatewayClient.body())).containsEntry("error", "unauthorized_client");
	}

	@Test
	void refusesAnAuthorizationRequestWithoutPkce() {
		Browser.location(this.browser.logIn("demo", "demo"));

		String location = Browser.location(this.browser.get(authorizeUri(null)));
		assertThat(location).startsWith(REDIRECT_URI).contains("error=invalid_request").doesNotContain("code=");
	}

	@Test
	void refusesATokenRequestWithTheWrongVerifier() {
		String code = authorize("demo", "demo");

		HttpResponse<String> response = token(Map.of("grant_type", "authorization_code", "code", code, "redirect_uri",
				REDIRECT_URI, "code_verifier", randomVerifier()));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(read(response.body())).containsEntry("error", "invalid_grant");
	}

	@Test
	void refusesAWrongPassword() {
		assertThat(Browser.location(this.browser.get(authorizeUri(challenge(this.verifier))))).endsWith("/login");

		assertThat(Browser.location(this.browser.logIn("demo", "wrong"))).endsWith("/login?error");
		assertThat(this.browser.get("/login?error").body()).contains("Invalid username or password");
		assertThat(Browser.location(this.browser.get(authorizeUri(challenge(this.verifier))))).endsWith("/login");
	}

	@Test
	void endsTheSessionAndReturnsToTheGatewayOnLogout() {
		String idToken = (String) signIn("demo", "demo").get("id_token");

		String logout = UriComponentsBuilder.fromPath("/connect/logout")
			.queryParam("id_token_hint", idToken)
			.queryParam("post_logout_redirect_uri", "http://localhost:8080/")
			.build()
			.toUriString();
		assertThat(Browser.location(this.browser.get(logout))).isEqualTo("http://localhost:8080/");
		assertThat(Browser.location(this.browser.get(authorizeUri(challenge(this.verifier))))).endsWith("/login");
	}

	private Map<String, Object> signIn(String username, String password) {
		String code = authorize(username, password);
		HttpResponse<String> response = token(Map.of("grant_type", "authorization_code", "code", code, "redirect_uri",
				REDIRECT_URI, "code_verifier", this.verifier));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return read(response.body());
	}

	private String authorize(String username, String password) {
		String authorizeUri = authorizeUri(challenge(this.verifier));
		assertThat(Browser.location(this.browser.get(authorizeUri))).endsWith("/login");
		String savedRequest = Browser.location(this.browser.logIn(username, password));
		assertThat(savedRequest).contains("/oauth2/authorize");
		URI callback = URI.create(Browser.location(this.browser.get(savedRequest)));
		assertThat(callback.toString()).startsWith(REDIRECT_URI);
		Map<String, String> query = UriComponentsBuilder.fromUri(callback).build().getQueryParams().toSingleValueMap();
		assertThat(query).containsEntry("state", "xyz-state").containsKey("code");
		return query.get("code");
	}

	private HttpResponse<String> token(Map<String, String> form) {
		return this.browser.postForm("/oauth2/token", new HashMap<>(form), CLIENT_BASIC_AUTH);
	}

	private static String authorizeUri(String codeChallenge) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/oauth2/authorize")
			.queryParam("response_type", "code")
			.queryParam("client_id", "falcon-gateway")
			.queryParam("scope", "openid profile email")
			.queryParam("redirect_uri", REDIRECT_URI)
			.queryParam("state", "xyz-state")
			.queryParam("nonce", "n-0S6_WzA2Mj");
		if (codeChallenge != null) {
			uri.queryParam("code_challenge", codeChallenge).queryParam("code_challenge_method", "S256");
		}
		return uri.encode().build().toUriString();
	}

	private JwtDecoder decoder() {
		return NimbusJwtDecoder.withJwkSetUri("http://localhost:" + this.port + "/oauth2/jwks").build();
	}

	private static String randomVerifier() {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static String challenge(String verifier) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> read(String body) {
		return json.readValue(body, Map.class);
	}

}

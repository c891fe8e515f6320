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

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway's side of the sign-in, as the tests drive it over real HTTP: the form
 * login, the authorization request with PKCE, and the token endpoint with the gateway's
 * client credentials.
 */
final class GatewaySignIn {

	static final String REDIRECT_URI = "http://localhost:8080/login/oauth2/code/falcon";

	private static final String CLIENT_BASIC_AUTH = "Basic " + Base64.getEncoder()
		.encodeToString("falcon-gateway:devstack-only-gateway-secret".getBytes(StandardCharsets.UTF_8));

	private static final JsonMapper json = JsonMapper.builder().build();

	private final Browser browser;

	private final String verifier = randomVerifier();

	GatewaySignIn(int port) {
		this.browser = new Browser(URI.create("http://localhost:" + port));
	}

	Browser browser() {
		return this.browser;
	}

	/** The authorization request with this sign-in's PKCE challenge. */
	String authorizeUri() {
		return authorizeUri(challenge(this.verifier));
	}

	Map<String, Object> signIn(String username, String password) {
		String code = authorize(username, password);
		HttpResponse<String> response = token(Map.of("grant_type", "authorization_code", "code", code, "redirect_uri",
				REDIRECT_URI, "code_verifier", this.verifier));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return read(response.body());
	}

	String authorize(String username, String password) {
		assertThat(Browser.location(this.browser.get(authorizeUri()))).endsWith("/login");
		String savedRequest = Browser.location(this.browser.logIn(username, password));
		assertThat(savedRequest).contains("/oauth2/authorize");
		URI callback = URI.create(Browser.location(this.browser.get(savedRequest)));
		assertThat(callback.toString()).startsWith(REDIRECT_URI);
		Map<String, String> query = UriComponentsBuilder.fromUri(callback).build().getQueryParams().toSingleValueMap();
		assertThat(query).containsEntry("state", "xyz-state").containsKey("code");
		return query.get("code");
	}

	HttpResponse<String> token(Map<String, String> form) {
		return this.browser.postForm("/oauth2/token", new HashMap<>(form), CLIENT_BASIC_AUTH);
	}

	static String authorizeUri(@Nullable String codeChallenge) {
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

	static String randomVerifier() {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String challenge(String verifier) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> read(String body) {
		return json.readValue(body, Map.class);
	}

}

package health.falcon.devstack.sandbox.googlehealth;

import java.io.UnsupportedEncodingException;
import java.util.Map;

import health.falcon.devstack.sandbox.common.RedirectQuery;
import health.falcon.devstack.sandbox.oauth.Pkce;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives the emulated Google OAuth and Health API like fitbit-service does.
 */
final class GoogleHealthFlow {

	static final String CLIENT_ID = "test-google-client";

	static final String CLIENT_SECRET = "test-google-secret";

	static final String REDIRECT_URI = "http://localhost:8080/api/connections/fitbit/callback";

	static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";

	static final String ALL_SCOPES = GoogleScopes.ACTIVITY + " " + GoogleScopes.METRICS + " " + GoogleScopes.SLEEP + " "
			+ GoogleScopes.SETTINGS + " " + GoogleScopes.PROFILE;

	private static final JsonMapper json = JsonMapper.builder().build();

	private final MockMvcTester mvc;

	GoogleHealthFlow(MockMvcTester mvc) {
		this.mvc = mvc;
	}

	/**
	 * Posts the consent form with the given ticked scopes.
	 * @return the redirect's query parameters
	 */
	Map<String, String> allow(String accessType, String... ticked) {
		MvcTestResult result = this.mvc.post()
			.uri("/google-health/o/oauth2/v2/auth")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("redirect_uri", REDIRECT_URI)
			.param("access_type", accessType)
			.param("scope", ticked)
			.param("state", "st-1")
			.param("code_challenge", Pkce.s256(VERIFIER))
			.param("code_challenge_method", "S256")
			.exchange();
		assertThat(result).hasStatus(302);
		return RedirectQuery.of(result.getResponse().getHeader("Location"));
	}

	MvcTestResult exchange(String code, String verifier) {
		return this.mvc.post()
			.uri("/google-health/token")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("grant_type", "authorization_code")
			.param("code", code)
			.param("redirect_uri", REDIRECT_URI)
			.param("client_id", CLIENT_ID)
			.param("client_secret", CLIENT_SECRET)
			.param("code_verifier", verifier)
			.exchange();
	}

	MvcTestResult refresh(String refreshToken) {
		return this.mvc.post()
			.uri("/google-health/token")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("grant_type", "refresh_token")
			.param("refresh_token", refreshToken)
			.param("client_id", CLIENT_ID)
			.param("client_secret", CLIENT_SECRET)
			.exchange();
	}

	JsonNode connect(String... scopes) {
		Map<String, String> redirect = allow("offline", scopes);
		return body(exchange(redirect.get("code"), VERIFIER));
	}

	String accessToken() {
		return connect(ALL_SCOPES.split(" ")).get("access_token").asString();
	}

	MvcTestResult get(String uri, String accessToken) {
		return this.mvc.get().uri(uri).header("Authorization", "Bearer " + accessToken).exchange();
	}

	MvcTestResult list(String type, String filter, int pageSize, String pageToken, String accessToken) {
		return this.mvc.get()
			.uri("/google-health/v4/users/me/dataTypes/{type}/dataPoints", type)
			.param("filter", filter)
			.param("pageSize", String.valueOf(pageSize))
			.param("pageToken", pageToken)
			.header("Authorization", "Bearer " + accessToken)
			.exchange();
	}

	static JsonNode body(MvcTestResult result) {
		try {
			return json.readTree(result.getResponse().getContentAsString());
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

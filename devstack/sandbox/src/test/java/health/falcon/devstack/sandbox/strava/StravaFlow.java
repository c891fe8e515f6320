package health.falcon.devstack.sandbox.strava;

import java.io.UnsupportedEncodingException;
import java.util.Map;

import health.falcon.devstack.sandbox.common.RedirectQuery;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives the emulated Strava like a connector does: authorize, exchange, refresh and call
 * the API.
 */
final class StravaFlow {

	static final String CLIENT_ID = "12345";

	static final String CLIENT_SECRET = "test-secret";

	static final String REDIRECT_URI = "http://localhost:8080/api/connections/strava/callback";

	static final long DANA = 1234567;

	static final long ALEX = 7654321;

	private static final JsonMapper json = JsonMapper.builder().build();

	private final MockMvcTester mvc;

	StravaFlow(MockMvcTester mvc) {
		this.mvc = mvc;
	}

	/**
	 * Posts the authorize form with the given ticked scopes.
	 * @return the redirect's query parameters
	 */
	Map<String, String> approve(long athleteId, String requested, String... ticked) {
		MvcTestResult result = this.mvc.post()
			.uri("/strava/oauth/authorize")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("client_id", CLIENT_ID)
			.param("redirect_uri", REDIRECT_URI)
			.param("response_type", "code")
			.param("requested_scope", requested)
			.param("scope", ticked)
			.param("athlete_id", String.valueOf(athleteId))
			.param("state", "st-1")
			.exchange();
		assertThat(result).hasStatus(302);
		return RedirectQuery.of(result.getResponse().getHeader("Location"));
	}

	MvcTestResult exchange(String code) {
		return this.mvc.post()
			.uri("/strava/oauth/token")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("client_id", CLIENT_ID)
			.param("client_secret", CLIENT_SECRET)
			.param("code", code)
			.param("grant_type", "authorization_code")
			.exchange();
	}

	MvcTestResult refresh(String refreshToken) {
		return this.mvc.post()
			.uri("/strava/oauth/token")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("client_id", CLIENT_ID)
			.param("client_secret", CLIENT_SECRET)
			.param("refresh_token", refreshToken)
			.param("grant_type", "refresh_token")
			.exchange();
	}

	/**
	 * Connects an athlete with all the given scopes granted.
	 * @return the token response
	 */
	JsonNode connect(long athleteId, String scopes) {
		Map<String, String> redirect = approve(athleteId, scopes, scopes.split(","));
		return body(exchange(redirect.get("code")));
	}

	String accessToken(long athleteId, String scopes) {
		return connect(athleteId, scopes).get("access_token").asString();
	}

	MvcTestResult get(String uri, String accessToken) {
		return this.mvc.get().uri(uri).header("Authorization", "Bearer " + accessToken).exchange();
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

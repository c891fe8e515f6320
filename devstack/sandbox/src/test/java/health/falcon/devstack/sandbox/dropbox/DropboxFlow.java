package health.falcon.devstack.sandbox.dropbox;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
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
 * Drives the emulated Dropbox like dropbox-ingest does.
 */
final class DropboxFlow {

	static final String APP_KEY = "test-dropbox-key";

	static final String APP_SECRET = "app-secret";

	static final String REDIRECT_URI = "http://localhost:8080/api/connections/dropbox/callback";

	static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";

	static final String APP_FOLDER = "/Apps/Falcon Health";

	private static final JsonMapper json = JsonMapper.builder().build();

	private final MockMvcTester mvc;

	DropboxFlow(MockMvcTester mvc) {
		this.mvc = mvc;
	}

	/**
	 * Posts the authorize form.
	 * @return the redirect's query parameters
	 */
	Map<String, String> allow(String account, boolean pkce) {
		MockMvcTester.MockMvcRequestBuilder request = this.mvc.post()
			.uri("/dropbox/oauth2/authorize")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("client_id", APP_KEY)
			.param("redirect_uri", REDIRECT_URI)
			.param("state", "st-1")
			.param("token_access_type", "offline")
			.param("account", account);
		if (pkce) {
			request = request.param("code_challenge", Pkce.s256(VERIFIER)).param("code_challenge_method", "S256");
		}
		MvcTestResult result = request.exchange();
		assertThat(result).hasStatus(302);
		return RedirectQuery.of(result.getResponse().getHeader("Location"));
	}

	MvcTestResult exchangeWithSecret(String code) {
		return this.mvc.post()
			.uri("/dropbox/oauth2/token")
			.header("Authorization", basic(APP_KEY, APP_SECRET))
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("grant_type", "authorization_code")
			.param("code", code)
			.param("redirect_uri", REDIRECT_URI)
			.exchange();
	}

	MvcTestResult exchangeWithPkce(String code, String verifier) {
		return this.mvc.post()
			.uri("/dropbox/oauth2/token")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("grant_type", "authorization_code")
			.param("code", code)
			.param("redirect_uri", REDIRECT_URI)
			.param("client_id", APP_KEY)
			.param("code_verifier", verifier)
			.exchange();
	}

	MvcTestResult refresh(String refreshToken) {
		return this.mvc.post()
			.uri("/dropbox/oauth2/token")
			.header("Authorization", basic(APP_KEY, APP_SECRET))
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("grant_type", "refresh_token")
			.param("refresh_token", refreshToken)
			.exchange();
	}

	JsonNode connect(String account) {
		return body(exchangeWithSecret(allow(account, false).get("code")));
	}

	String accessToken(String account) {
		return connect(account).get("access_token").asString();
	}

	MvcTestResult rpc(String route, String accessToken, String body) {
		return this.mvc.post()
			.uri("/dropbox/api/2/" + route)
			.header("Authorization", "Bearer " + accessToken)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

	MvcTestResult put(String account, String path, String content) {
		return this.mvc.put()
			.uri("/dropbox/sandbox/files")
			.param("account", account)
			.param("path", path)
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.content(content.getBytes(StandardCharsets.UTF_8))
			.exchange();
	}

	MvcTestResult delete(String account, String path) {
		return this.mvc.delete().uri("/dropbox/sandbox/files").param("account", account).param("path", path).exchange();
	}

	static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	static JsonNode body(MvcTestResult result) {
		try {
			return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static JsonNode parse(String text) {
		return json.readTree(text);
	}

}

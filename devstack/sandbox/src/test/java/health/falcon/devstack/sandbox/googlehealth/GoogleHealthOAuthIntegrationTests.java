package health.falcon.devstack.sandbox.googlehealth;

import java.time.Duration;
import java.util.Map;

import health.falcon.devstack.sandbox.common.TestClock;
import health.falcon.devstack.sandbox.oauth.Pkce;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static health.falcon.devstack.sandbox.googlehealth.GoogleHealthFlow.body;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Google OAuth emulation: consent page, PKCE, non-rotating refresh, revocation, partial
 * consent.
 */
@GoogleHealthSandboxTest
class GoogleHealthOAuthIntegrationTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private TestClock clock;

	private GoogleHealthFlow flow;

	@BeforeEach
	void setUp() {
		this.clock.set(TestClock.START);
		this.flow = new GoogleHealthFlow(this.mvc);
	}

	@Test
	void consentPageListsScopesWithAllowAndCancel() throws Exception {
		MvcTestResult result = this.mvc.get()
			.uri("/google-health/o/oauth2/v2/auth")
			.param("client_id", GoogleHealthFlow.CLIENT_ID)
			.param("redirect_uri", GoogleHealthFlow.REDIRECT_URI)
			.param("response_type", "code")
			.param("scope", GoogleScopes.SLEEP + " " + GoogleScopes.METRICS)
			.param("state", "xyz")
			.param("code_challenge", Pkce.s256(GoogleHealthFlow.VERIFIER))
			.param("code_challenge_method", "S256")
			.param("access_type", "offline")
			.param("prompt", "consent")
			.exchange();
		assertThat(result).hasStatusOk();
		Document page = Jsoup.parse(result.getResponse().getContentAsString());
		assertThat(page.select("form")).hasSize(1);
		assertThat(page.select("input[type=checkbox][name=scope][checked]")).extracting((e) -> e.attr("value"))
			.containsExactly(GoogleScopes.SLEEP, GoogleScopes.METRICS);
		assertThat(page.select("button")).extracting((e) -> e.text()).containsExactly("Allow");
		assertThat(page.select("a").attr("href")).contains("error=access_denied").contains("state=xyz");
	}

	@Test
	void consentPageRefusesUnknownClientAndForeignRedirect() {
		assertThat(this.mvc.get()
			.uri("/google-health/o/oauth2/v2/auth?client_id=other&redirect_uri=http://localhost/cb&response_type=code&scope="
					+ GoogleScopes.SLEEP)
			.exchange()).hasStatus(400);
		assertThat(this.mvc.get()
			.uri("/google-health/o/oauth2/v2/auth")
			.param("client_id", GoogleHealthFlow.CLIENT_ID)
			.param("redirect_uri", "https://evil.example/cb")
			.param("response_type", "code")
			.param("scope", GoogleScopes.SLEEP)
			.exchange()).hasStatus(400);
	}

	@Test
	void codeExchangeWithPkceReturnsGoogleTokenShape() {
		Map<String, String> redirect = this.flow.allow("offline", GoogleScopes.SLEEP, GoogleScopes.METRICS);
		assertThat(redirect).containsEntry("state", "st-1")
			.containsEntry("scope", GoogleScopes.SLEEP + " " + GoogleScopes.METRICS);
		JsonNode token = body(this.flow.exchange(redirect.get("code"), GoogleHealthFlow.VERIFIER));
		assertThat(token.get("access_token").asString()).startsWith("ya29.");
		assertThat(token.get("expires_in").asInt()).isEqualTo(3599);
		assertThat(token.get("refresh_token").asString()).isNotBlank();
		assertThat(token.get("scope").asString()).isEqualTo(GoogleScopes.SLEEP + " " + GoogleScopes.METRICS);
		assertThat(token.get("token_type").asString()).isEqualTo("Bearer");
	}

	@Test
	void wrongOrMissingVerifierIsRefusedAndTheCodeIsSingleUse() {
		String code = this.flow.allow("offline", GoogleScopes.SLEEP).get("code");
		MvcTestResult wrong = this.flow.exchange(code, "not-the-verifier-not-the-verifier-not-the-verifier");
		assertThat(wrong).hasStatus(400);
		assertThat(body(wrong).get("error").asString()).isEqualTo("invalid_grant");
		assertThat(body(wrong).get("error_description").asString()).isNotBlank();
		assertThat(this.flow.exchange(code, GoogleHealthFlow.VERIFIER)).hasStatus(400);
	}

	@Test
	void onlineAccessGetsNoRefreshToken() {
		String code = this.flow.allow("online", GoogleScopes.SLEEP).get("code");
		assertThat(body(this.flow.exchange(code, GoogleHealthFlow.VERIFIER)).has("refresh_token")).isFalse();
	}

	@Test
	void refreshDoesNotRotateTheRefreshToken() {
		JsonNode first = this.flow.connect(GoogleScopes.SLEEP);
		String refreshToken = first.get("refresh_token").asString();
		this.clock.advance(Duration.ofHours(2));
		assertThat(this.flow.get("/google-health/v4/users/me/identity", first.get("access_token").asString()))
			.hasStatus(401);
		JsonNode refreshed = body(this.flow.refresh(refreshToken));
		assertThat(refreshed.has("refresh_token")).isFalse();
		assertThat(refreshed.get("expires_in").asInt()).isEqualTo(3599);
		assertThat(refreshed.get("scope").asString()).isEqualTo(GoogleScopes.SLEEP);
		assertThat(this.flow.refresh(refreshToken)).hasStatusOk();
		assertThat(this.flow.get("/google-health/v4/users/me/identity", refreshed.get("access_token").asString()))
			.hasStatusOk();
	}

	@Test
	void revokingEndsTheConsent() {
		JsonNode token = this.flow.connect(GoogleScopes.SLEEP);
		assertThat(this.mvc.post()
			.uri("/google-health/revoke")
			.param("token", token.get("refresh_token").asString())
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.exchange()).hasStatusOk();
		MvcTestResult refresh = this.flow.refresh(token.get("refresh_token").asString());
		assertThat(refresh).hasStatus(400);
		assertThat(body(refresh).get("error").asString()).isEqualTo("invalid_grant");
		assertThat(this.flow.get("/google-health/v4/users/me/identity", token.get("access_token").asString()))
			.hasStatus(401);
	}

	@Test
	void revokingTheAccessTokenAsAFormBodyEndsItsRefreshTokenToo() {
		JsonNode token = this.flow.connect(GoogleScopes.SLEEP);
		String accessToken = token.get("access_token").asString();
		assertThat(this.mvc.post()
			.uri("/google-health/revoke")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content("token=" + accessToken)
			.exchange()).hasStatusOk();
		MvcTestResult identity = this.flow.get("/google-health/v4/users/me/identity", accessToken);
		assertThat(identity).hasStatus(401);
		assertThat(body(identity).at("/error/status").asString()).isEqualTo("UNAUTHENTICATED");
		MvcTestResult refresh = this.flow.refresh(token.get("refresh_token").asString());
		assertThat(refresh).hasStatus(400);
		assertThat(body(refresh).get("error").asString()).isEqualTo("invalid_grant");
	}

	@Test
	void revokingAnUnknownOrAlreadyRevokedTokenIsInvalidToken() {
		String accessToken = this.flow.connect(GoogleScopes.SLEEP).get("access_token").asString();
		assertThat(revoke(accessToken)).hasStatusOk();
		for (String token : new String[] { accessToken, "ya29.never-issued" }) {
			MvcTestResult again = revoke(token);
			assertThat(again).hasStatus(400);
			assertThat(body(again).get("error").asString()).isEqualTo("invalid_token");
		}
		MvcTestResult missing = this.mvc.post()
			.uri("/google-health/revoke")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.exchange();
		assertThat(missing).hasStatus(400);
		assertThat(body(missing).get("error").asString()).isEqualTo("invalid_token");
	}

	@Test
	void missingTokenIsUnauthenticatedAndMissingScopeIsPermissionDenied() {
		MvcTestResult missing = this.mvc.get().uri("/google-health/v4/users/me/identity").exchange();
		assertThat(missing).hasStatus(401);
		assertThat(body(missing).at("/error/status").asString()).isEqualTo("UNAUTHENTICATED");
		assertThat(body(missing).at("/error/code").asInt()).isEqualTo(401);
		String sleepOnly = this.flow.connect(GoogleScopes.SLEEP).get("access_token").asString();
		MvcTestResult denied = this.flow.get("/google-health/v4/users/me/dataTypes/heart-rate/dataPoints", sleepOnly);
		assertThat(denied).hasStatus(403);
		assertThat(body(denied).at("/error/status").asString()).isEqualTo("PERMISSION_DENIED");
		assertThat(body(denied).at("/error/details/0/reason").asString()).isEqualTo("ACCESS_TOKEN_SCOPE_INSUFFICIENT");
	}

	private MvcTestResult revoke(String token) {
		return this.mvc.post()
			.uri("/google-health/revoke")
			.param("token", token)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.exchange();
	}

	@Test
	void wrongClientSecretIsRefused() {
		String code = this.flow.allow("offline", GoogleScopes.SLEEP).get("code");
		MvcTestResult result = this.mvc.post()
			.uri("/google-health/token")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("grant_type", "authorization_code")
			.param("code", code)
			.param("redirect_uri", GoogleHealthFlow.REDIRECT_URI)
			.param("client_id", GoogleHealthFlow.CLIENT_ID)
			.param("client_secret", "wrong")
			.param("code_verifier", GoogleHealthFlow.VERIFIER)
			.exchange();
		assertThat(result).hasStatus(401);
		assertThat(body(result).get("error").asString()).isEqualTo("invalid_client");
	}

	@Test
	void aMalformedBasicHeaderIsAnInvalidClientNotAServerError() {
		MvcTestResult result = this.mvc.post()
			.uri("/google-health/token")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.header(HttpHeaders.AUTHORIZATION, "Basic %%%not-base64")
			.param("grant_type", "authorization_code")
			.param("code", "whatever")
			.exchange();
		assertThat(result).hasStatus(401);
		assertThat(body(result).get("error").asString()).isEqualTo("invalid_client");
	}

}

package health.falcon.devstack.sandbox.myfitnesspal;

import java.time.Duration;

import health.falcon.devstack.sandbox.common.TestClock;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static health.falcon.devstack.sandbox.myfitnesspal.MyFitnessPalFlow.body;
import static health.falcon.devstack.sandbox.myfitnesspal.MyFitnessPalFlow.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in, the {@code mfp_session} cookie, the auth-token bootstrap and how an expired
 * session shows: a redirect to the login page, never JSON.
 */
@MyFitnessPalSandboxTest
class MyFitnessPalSessionIntegrationTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private TestClock clock;

	private MyFitnessPalFlow flow;

	@BeforeEach
	void setUp() {
		this.clock.set(TestClock.START);
		this.flow = new MyFitnessPalFlow(this.mvc);
	}

	@Test
	void loginPageIsAPlainForm() {
		MvcTestResult result = this.mvc.get().uri("/myfitnesspal/www/account/login").exchange();
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.TEXT_HTML);
		Document page = Jsoup.parse(text(result));
		assertThat(page.select("form[method=post] input[name=username]")).hasSize(1);
		assertThat(page.select("form[method=post] input[name=password][type=password]")).hasSize(1);
	}

	@Test
	void loginSetsTheSessionCookieAndShowsTheTextToPaste() {
		MvcTestResult result = this.flow.login("demo", "demo");
		assertThat(result).hasStatusOk();
		Cookie cookie = result.getResponse().getCookie("mfp_session");
		assertThat(cookie.getValue()).matches("[0-9a-f]{48}");
		assertThat(cookie.getPath()).isEqualTo("/myfitnesspal");
		assertThat(cookie.getMaxAge()).isEqualTo(30 * 24 * 3600);
		assertThat(Jsoup.parse(text(result)).select("#mfp-session").text())
			.isEqualTo("mfp_session=" + cookie.getValue());
	}

	@Test
	void wrongPasswordIsRefused() {
		MvcTestResult result = this.flow.login("demo", "wrong");
		assertThat(result).hasStatus(401);
		assertThat(result.getResponse().getCookie("mfp_session")).isNull();
	}

	@Test
	void authTokenReturnsBearerTokenJsonForALiveSession() {
		MvcTestResult result = this.flow.authToken(this.flow.session("demo"));
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		JsonNode token = body(result);
		assertThat(token.get("token_type").asString()).isEqualTo("Bearer");
		assertThat(token.get("access_token").asString()).isNotBlank();
		assertThat(token.get("expires_in").asInt()).isEqualTo(3600);
		assertThat(token.get("refresh_token").asString()).isNotBlank();
		assertThat(token.get("user_id").asString()).isEqualTo("91234567890123");
	}

	@Test
	void withoutASessionAuthTokenRedirectsToTheLoginPage() {
		assertLoginRedirect(this.mvc.get().uri("/myfitnesspal/www/user/auth_token?refresh=true").exchange());
		assertLoginRedirect(this.flow.authToken("not-a-session"));
	}

	@Test
	void sessionsExpireAfterThirtyDays() {
		String session = this.flow.session("demo");
		this.clock.advance(Duration.ofDays(30).minusMinutes(1));
		assertThat(this.flow.authToken(session)).hasStatusOk();
		this.clock.advance(Duration.ofMinutes(1));
		assertLoginRedirect(this.flow.authToken(session));
		assertLoginRedirect(this.flow.diary(session, "demo", "2026-11-19"));
	}

	@Test
	void theSandboxExpiresAUsersSessions() {
		String session = this.flow.session("alex");
		String other = this.flow.session("demo");
		MvcTestResult expired = this.mvc.post().uri("/myfitnesspal/sandbox/sessions/expire?username=alex").exchange();
		assertThat(expired).hasStatusOk();
		assertThat(body(expired).get("expired").asInt()).isPositive();
		assertLoginRedirect(this.flow.authToken(session));
		assertThat(this.flow.authToken(other)).hasStatusOk();
		assertThat(this.mvc.post().uri("/myfitnesspal/sandbox/sessions/expire?username=nobody").exchange())
			.hasStatus(400);
	}

	private static void assertLoginRedirect(MvcTestResult result) {
		assertThat(result).hasStatus(302)
			.hasHeader("Location", "/myfitnesspal/www/account/login")
			.hasContentTypeCompatibleWith(MediaType.TEXT_HTML);
	}

}

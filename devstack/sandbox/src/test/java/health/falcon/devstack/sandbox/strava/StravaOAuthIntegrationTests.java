package health.falcon.devstack.sandbox.strava;

import java.time.Duration;
import java.util.Map;

import health.falcon.devstack.sandbox.common.TestClock;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static health.falcon.devstack.sandbox.strava.StravaFlow.ALEX;
import static health.falcon.devstack.sandbox.strava.StravaFlow.DANA;
import static health.falcon.devstack.sandbox.strava.StravaFlow.body;
import static org.assertj.core.api.Assertions.assertThat;

@StravaSandboxTest
class StravaOAuthIntegrationTests {

	private static final String CODE_FAULT = """
			{"message":"Bad Request","errors":[{"resource":"AuthorizationCode","field":"code","code":"invalid"}]}""";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private TestClock clock;

	private StravaFlow strava;

	@BeforeEach
	void setUp() {
		this.clock.set(TestClock.START);
		this.strava = new StravaFlow(this.mvc);
	}

	@Test
	void rendersAPlainFormWithOneAuthorizeButtonTheScopesAndTheAthletes() throws Exception {
		MvcTestResult result = this.mvc.get()
			.uri("/strava/oauth/authorize?client_id=12345&response_type=code&approval_prompt=auto"
					+ "&scope=read,activity:read_all&state=xyz&redirect_uri=" + StravaFlow.REDIRECT_URI)
			.exchange();
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.TEXT_HTML);
		Document page = Jsoup.parse(result.getResponse().getContentAsString());
		assertThat(page.select("script, link, img")).isEmpty();
		assertThat(page.select("form[method=post]")).hasSize(1);
		assertThat(page.select("button, input[type=submit]")).singleElement()
			.extracting(Element::text)
			.isEqualTo("Authorize");
		assertThat(page.select("input[type=checkbox][name=scope][checked]").eachAttr("value")).containsExactly("read",
				"activity:read_all");
		assertThat(page.select("input[type=radio][name=athlete_id]").eachAttr("value")).containsExactly("1234567",
				"7654321", "2345678");
		assertThat(page.select("input[type=radio][checked]").attr("value")).isEqualTo("1234567");
		assertThat(page.text()).contains("Dana Demo", "Alex Rivera", "Casey Kim");
		assertThat(page.select("a:contains(Cancel)").attr("href"))
			.isEqualTo(StravaFlow.REDIRECT_URI + "?state=xyz&error=access_denied");
	}

	@Test
	void refusesUnknownClientsAndResponseTypesAndForeignRedirects() {
		assertThat(this.mvc.get()
			.uri("/strava/oauth/authorize?client_id=999&response_type=code&redirect_uri=" + StravaFlow.REDIRECT_URI))
			.hasStatus(400);
		assertThat(this.mvc.get()
			.uri("/strava/oauth/authorize?client_id=12345&response_type=token&redirect_uri=" + StravaFlow.REDIRECT_URI))
			.hasStatus(400);
		assertThat(this.mvc.get()
			.uri("/strava/oauth/authorize?client_id=12345&response_type=code&redirect_uri=https://evil.example/cb"))
			.hasStatus(400);
	}

	@Test
	void redirectsWithStateCodeAndOnlyTheScopesLeftTicked() {
		Map<String, String> redirect = this.strava.approve(DANA, "read,activity:read_all,profile:read_all", "read",
				"activity:read_all");
		assertThat(redirect).containsEntry("state", "st-1").containsEntry("scope", "read,activity:read_all");
		assertThat(redirect.get("code")).hasSize(40);
	}

	@Test
	void exchangesTheCodeForExpiringTokensAndTheAthlete() {
		String code = this.strava.approve(ALEX, "read,activity:read", "read", "activity:read").get("code");
		MvcTestResult result = this.strava.exchange(code);
		assertThat(result).hasStatusOk();
		JsonNode tokens = body(result);
		assertThat(tokens.get("token_type").asString()).isEqualTo("Bearer");
		assertThat(tokens.get("expires_in").asLong()).isEqualTo(21600);
		assertThat(tokens.get("expires_at").asLong()).isEqualTo(TestClock.START.getEpochSecond() + 21600);
		assertThat(tokens.get("access_token").asString()).isNotBlank();
		assertThat(tokens.get("refresh_token").asString()).isNotBlank();
		assertThat(result).bodyJson()
			.extractingPath("$.athlete")
			.isEqualTo(Map.of("id", 7654321, "resource_state", 2, "firstname", "Alex", "lastname", "Rivera"));
	}

	@Test
	void refusesAReusedCode() {
		String code = this.strava.approve(DANA, "read", "read").get("code");
		assertThat(this.strava.exchange(code)).hasStatusOk();
		assertThat(this.strava.exchange(code)).hasStatus(400).bodyJson().isStrictlyEqualTo(CODE_FAULT);
	}

	@Test
	void refusesAnExpiredCode() {
		String code = this.strava.approve(DANA, "read", "read").get("code");
		this.clock.advance(Duration.ofMinutes(10));
		assertThat(this.strava.exchange(code)).hasStatus(400).bodyJson().isStrictlyEqualTo(CODE_FAULT);
	}

	@Test
	void refusesAWrongClientSecret() {
		String code = this.strava.approve(DANA, "read", "read").get("code");
		assertThat(this.mvc.post()
			.uri("/strava/oauth/token")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("client_id", StravaFlow.CLIENT_ID)
			.param("client_secret", "wrong")
			.param("code", code)
			.param("grant_type", "authorization_code")).hasStatus(400)
			.bodyJson()
			.isStrictlyEqualTo(
					"""
							{"message":"Bad Request","errors":[{"resource":"Application","field":"client_secret","code":"invalid"}]}""");
	}

	@Test
	void rotatesRefreshTokensAndRefusesTheOldOne() {
		JsonNode first = this.strava.connect(DANA, "read,activity:read");
		this.clock.advance(Duration.ofHours(1));
		MvcTestResult refreshed = this.strava.refresh(first.get("refresh_token").asString());
		assertThat(refreshed).hasStatusOk();
		JsonNode second = body(refreshed);
		assertThat(second.has("athlete")).isFalse();
		assertThat(second.get("refresh_token").asString()).isNotEqualTo(first.get("refresh_token").asString());
		assertThat(second.get("expires_at").asLong()).isEqualTo(TestClock.START.getEpochSecond() + 3600 + 21600);
		assertThat(this.strava.refresh(first.get("refresh_token").asString())).hasStatus(400)
			.bodyJson()
			.isStrictlyEqualTo(
					"""
							{"message":"Bad Request","errors":[{"resource":"RefreshToken","field":"refresh_token","code":"invalid"}]}""");
		assertThat(this.strava.get("/strava/api/v3/athlete", second.get("access_token").asString())).hasStatusOk();
	}

	@Test
	void expiredAccessTokensGetAnAuthorizationErrorFault() {
		String token = this.strava.accessToken(DANA, "read,activity:read");
		assertThat(this.strava.get("/strava/api/v3/athlete/activities", token)).hasStatusOk();
		this.clock.advance(Duration.ofHours(6));
		assertThat(this.strava.get("/strava/api/v3/athlete/activities", token)).hasStatus(401)
			.bodyJson()
			.isStrictlyEqualTo(
					"""
							{"message":"Authorization Error","errors":[{"resource":"Athlete","field":"access_token","code":"invalid"}]}""");
		assertThat(this.mvc.get().uri("/strava/api/v3/athlete/activities")).hasStatus(401);
	}

	@Test
	void deauthorizeInvalidatesEveryTokenOfTheAthlete() {
		JsonNode tokens = this.strava.connect(DANA, "read,activity:read");
		String other = this.strava.accessToken(DANA, "read");
		String alex = this.strava.accessToken(ALEX, "read");
		assertThat(this.mvc.post()
			.uri("/strava/oauth/deauthorize")
			.param("access_token", tokens.get("access_token").asString())).hasStatusOk();
		assertThat(this.strava.get("/strava/api/v3/athlete", other)).hasStatus(401);
		assertThat(this.strava.refresh(tokens.get("refresh_token").asString())).hasStatus(400);
		assertThat(this.strava.get("/strava/api/v3/athlete", alex)).hasStatusOk();
	}

	@Test
	void readinessAnswersWithoutAuthentication() {
		assertThat(this.mvc.get().uri("/actuator/health/readiness")).hasStatusOk();
	}

}

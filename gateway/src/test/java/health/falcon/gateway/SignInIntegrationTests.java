package health.falcon.gateway;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import health.falcon.gateway.login.AuthorizationRequestCookieRepository;
import health.falcon.gateway.login.LoginCookies;
import health.falcon.gateway.login.LoginFailureHandler;
import health.falcon.gateway.login.ReturnPathRequestCache;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in end to end against the stub provider, with the authorization request and the
 * page to return to held in cookies: the normal path, every way a forged or stale
 * authorization cookie fails cleanly, return paths that would leave the site, and the
 * cookies' attributes under the default configuration.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "management.server.port=0", "falcon.release.colour=blue", "falcon.release.version=1.2.3" })
class SignInIntegrationTests {

	@Autowired
	private ApplicationContext context;

	private WebTestClient client;

	@DynamicPropertySource
	static void stubs(DynamicPropertyRegistry registry) {
		StubServers.register(registry);
	}

	@BeforeEach
	void setUp() {
		this.client = WebTestClient.bindToApplicationContext(this.context).configureClient().build();
		StubServers.provider.resetRequests();
		StubServers.backend.resetRequests();
	}

	@Test
	void signsInAndRelaysTheTokenWithTheNewSession() {
		String session = SignInFlow.session(this.client, "user-1");
		StubServers.backend.stubFor(get(urlEqualTo("/api/me"))
			.willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("{\"sub\":\"user-1\"}")));

		this.client.get().uri("/api/me").cookie("FALCON_SESSION", session).exchange().expectStatus().isOk();

		StubServers.backend.verify(getRequestedFor(urlEqualTo("/api/me")).withHeader(HttpHeaders.AUTHORIZATION,
				equalTo("Bearer access-token")));
	}

	@Test
	void returnsToThePageThatSentTheUserToSignIn() {
		ResponseCookie returnTo = this.client.get()
			.uri("/settings?tab=units")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isFound()
			.expectHeader()
			.location("/login")
			.returnResult(Void.class)
			.getResponseCookies()
			.getFirst(ReturnPathRequestCache.COOKIE_NAME);
		assertThat(returnTo).isNotNull();

		SignInFlow.Started started = SignInFlow.start(this.client);
		EntityExchangeResult<Void> result = callbackWithCookies(started,
				ReturnPathRequestCache.COOKIE_NAME + "=" + returnTo.getValue());

		assertThat(result.getResponseHeaders().getLocation()).hasToString("/settings?tab=units");
	}

	@Test
	void returnsToTheSameSitePathGivenToLogin() {
		ResponseCookie returnTo = this.client.get()
			.uri("/login?returnTo=/connections")
			.exchange()
			.expectStatus()
			.isFound()
			.expectHeader()
			.location("/oauth2/authorization/falcon")
			.returnResult(Void.class)
			.getResponseCookies()
			.getFirst(ReturnPathRequestCache.COOKIE_NAME);
		assertThat(returnTo).isNotNull();

		SignInFlow.Started started = SignInFlow.start(this.client);
		EntityExchangeResult<Void> result = callbackWithCookies(started,
				ReturnPathRequestCache.COOKIE_NAME + "=" + returnTo.getValue());

		assertThat(result.getResponseHeaders().getLocation()).hasToString("/connections");
	}

	@ParameterizedTest
	@ValueSource(strings = { "//evil.example", "//evil.example/x", "/\\evil.example", "https://evil.example",
			"http:evil.example", "/\r\nLocation: https://evil.example" })
	void neverRemembersAReturnPathOffSite(String returnTo) {
		this.client.get()
			.uri((uri) -> uri.path("/login").queryParam("returnTo", "{target}").build(returnTo))
			.exchange()
			.expectStatus()
			.isFound()
			.expectHeader()
			.location("/oauth2/authorization/falcon")
			.expectCookie()
			.doesNotExist(ReturnPathRequestCache.COOKIE_NAME);
	}

	@ParameterizedTest
	@ValueSource(strings = { "//evil.example", "/\\evil.example", "https://evil.example/", "garbage!" })
	void ignoresAPlantedReturnCookieThatLeavesTheSite(String target) {
		String planted = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(target.getBytes(StandardCharsets.UTF_8));

		SignInFlow.Started started = SignInFlow.start(this.client);
		EntityExchangeResult<Void> result = callbackWithCookies(started,
				ReturnPathRequestCache.COOKIE_NAME + "=" + planted);

		assertThat(result.getStatus().value()).isEqualTo(302);
		assertThat(result.getResponseHeaders().getLocation()).hasToString("/");
	}

	@Test
	void failsCleanlyWithoutTheAuthorizationCookie() {
		SignInFlow.Started started = SignInFlow.start(this.client);

		assertFailedSignIn(SignInFlow.callback(this.client, started.state(), null, "user-1", started.nonce()));
	}

	@Test
	void failsCleanlyWithATamperedAuthorizationCookie() {
		SignInFlow.Started started = SignInFlow.start(this.client);
		String value = started.loginCookie().getValue();
		char last = value.charAt(value.length() / 2);
		String tampered = value.substring(0, value.length() / 2) + ((last == 'A') ? 'B' : 'A')
				+ value.substring(value.length() / 2 + 1);

		assertFailedSignIn(SignInFlow.callback(this.client, started.state(), tampered, "user-1", started.nonce()));
	}

	@Test
	void failsCleanlyWithAnAuthorizationCookieForAnotherState() {
		SignInFlow.Started victim = SignInFlow.start(this.client);
		SignInFlow.Started attacker = SignInFlow.start(this.client);

		assertFailedSignIn(SignInFlow.callback(this.client, attacker.state(), victim.loginCookie().getValue(), "user-1",
				victim.nonce()));
	}

	@Test
	void failsCleanlyWithAnExpiredAuthorizationCookie() {
		Instant elevenMinutesAgo = Instant.now().minus(Duration.ofMinutes(11));
		AuthorizationRequestCookieRepository stale = new AuthorizationRequestCookieRepository(StubServers.LOGIN_KEY,
				new LoginCookies(true, Duration.ofMinutes(10)), Clock.fixed(elevenMinutesAgo, ZoneOffset.UTC));
		SignInFlow.Started started = SignInFlow.start(this.client);
		MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/"));
		stale
			.saveAuthorizationRequest(OAuth2AuthorizationRequest.authorizationCode()
				.authorizationUri(StubServers.issuer() + "/oauth2/authorize")
				.clientId(StubServers.CLIENT_ID)
				.redirectUri("http://localhost/login/oauth2/code/falcon")
				.state(started.state())
				.attributes((attributes) -> attributes.put("registration_id", "falcon"))
				.build(), exchange)
			.block();
		String expired = exchange.getResponse()
			.getCookies()
			.getFirst(AuthorizationRequestCookieRepository.COOKIE_NAME)
			.getValue();

		assertFailedSignIn(SignInFlow.callback(this.client, started.state(), expired, "user-1", started.nonce()));
	}

	@Test
	void marksEveryCookieSecureHttpOnlyAndLaxByDefault() {
		ResponseCookie csrf = this.client.get()
			.uri("/")
			.exchange()
			.returnResult(Void.class)
			.getResponseCookies()
			.getFirst("XSRF-TOKEN");
		ResponseCookie returnTo = this.client.get()
			.uri("/settings")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.returnResult(Void.class)
			.getResponseCookies()
			.getFirst(ReturnPathRequestCache.COOKIE_NAME);
		SignInFlow.Started started = SignInFlow.start(this.client);
		ResponseCookie session = SignInFlow
			.callback(this.client, started.state(), started.loginCookie().getValue(), "user-1", started.nonce())
			.getResponseCookies()
			.getFirst("FALCON_SESSION");

		assertThat(csrf).satisfies((cookie) -> assertThat(cookie.isSecure()).isTrue());
		for (ResponseCookie cookie : new ResponseCookie[] { returnTo, started.loginCookie(), session }) {
			assertThat(cookie).isNotNull();
			assertThat(cookie.isSecure()).as(cookie.getName() + " Secure").isTrue();
			assertThat(cookie.isHttpOnly()).as(cookie.getName() + " HttpOnly").isTrue();
			assertThat(cookie.getSameSite()).as(cookie.getName() + " SameSite").isEqualToIgnoringCase("Lax");
		}
		assertThat(started.loginCookie().getPath()).isEqualTo(AuthorizationRequestCookieRepository.COOKIE_PATH);
		assertThat(started.loginCookie().getMaxAge()).isEqualTo(Duration.ofMinutes(10));
	}

	private EntityExchangeResult<Void> callbackWithCookies(SignInFlow.Started started, String cookie) {
		String[] pair = cookie.split("=", 2);
		WebTestClient withCookie = this.client.mutate().defaultCookie(pair[0], pair[1]).build();
		EntityExchangeResult<Void> result = SignInFlow.callback(withCookie, started.state(),
				started.loginCookie().getValue(), "user-1", started.nonce());
		assertThat(result.getStatus().value()).isEqualTo(302);
		return result;
	}

	private static void assertFailedSignIn(EntityExchangeResult<Void> result) {
		assertThat(result.getStatus().value()).isEqualTo(302);
		assertThat(result.getResponseHeaders().getLocation()).hasToString(LoginFailureHandler.FAILURE_URL);
		assertThat(result.getResponseCookies().getFirst("FALCON_SESSION")).isNull();
		StubServers.provider.verify(0, postRequestedFor(urlPathEqualTo("/oauth2/token")));
	}

}

package health.falcon.gateway;

import java.net.URI;

import com.github.tomakehurst.wiremock.http.Fault;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockOidcLogin;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.springSecurity;

/**
 * The gateway's security and routing behaviour against a stub provider and a stub
 * backend.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "management.server.port=0", "falcon.release.colour=blue", "falcon.release.version=1.2.3" })
class GatewayIntegrationTests {

	@Autowired
	private ApplicationContext context;

	private WebTestClient client;

	@DynamicPropertySource
	static void stubs(DynamicPropertyRegistry registry) {
		StubServers.register(registry);
	}

	@BeforeEach
	void setUp() {
		this.client = WebTestClient.bindToApplicationContext(this.context)
			.apply(springSecurity())
			.configureClient()
			.build();
		StubServers.backend.resetRequests();
	}

	@Test
	void answersApiCallWithoutSessionWith401Problem() {
		this.client.get()
			.uri("/api/me")
			.accept(MediaType.APPLICATION_JSON)
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://falcon.health/problems/unauthenticated")
			.jsonPath("$.status")
			.isEqualTo(401);
	}

	@Test
	void redirectsPageNavigationWithoutSessionToLogin() {
		this.client.get()
			.uri("/settings")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isFound()
			.expectHeader()
			.location("/login");
	}

	@Test
	void startsSignInWithPkceAtTheProvider() {
		URI start = this.client.get()
			.uri("/login")
			.exchange()
			.expectStatus()
			.isFound()
			.returnResult(Void.class)
			.getResponseHeaders()
			.getLocation();
		assertThat(start).hasPath("/oauth2/authorization/falcon");
		URI authorize = this.client.get()
			.uri(start)
			.exchange()
			.expectStatus()
			.isFound()
			.returnResult(Void.class)
			.getResponseHeaders()
			.getLocation();
		MultiValueMap<String, String> query = UriComponentsBuilder.fromUri(authorize).build().getQueryParams();
		assertThat(authorize.toString()).startsWith(StubServers.issuer() + "/oauth2/authorize");
		assertThat(query.getFirst("code_challenge_method")).isEqualTo("S256");
		assertThat(query.getFirst("code_challenge")).isNotBlank();
		assertThat(query.getFirst("client_id")).isEqualTo("falcon-gateway");
		assertThat(query.getFirst("audience")).isNull();
	}

	@Test
	void servesTheSpaWithSecurityHeadersAndCsrfCookie() {
		this.client.get()
			.uri("/")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_HTML)
			.expectHeader()
			.value("Content-Security-Policy",
					(csp) -> assertThat(csp).contains("default-src 'self'")
						.contains("frame-ancestors 'none'")
						.contains("form-action 'self' " + StubServers.issuer()))
			.expectHeader()
			.valueEquals("X-Frame-Options", "DENY")
			.expectHeader()
			.valueEquals("X-Content-Type-Options", "nosniff")
			.expectHeader()
			.valueEquals("Referrer-Policy", "strict-origin-when-cross-origin")
			.expectHeader()
			.valueEquals("X-Falcon-Release", "1.2.3/blue")
			.expectCookie()
			.exists("XSRF-TOKEN")
			.expectCookie()
			.httpOnly("XSRF-TOKEN", false);
	}

	@Test
	void fallsBackToIndexForClientRoutesOfSignedInUsers() {
		this.client.mutateWith(mockOidcLogin())
			.get()
			.uri("/settings")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_HTML);
	}

	@Test
	void relaysTheAccessTokenAndDropsCookiesOnApiRoutes() {
		StubServers.backend.stubFor(get(urlEqualTo("/api/me"))
			.willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("{\"sub\":\"user-1\"}")));
		this.client.mutateWith(mockOidcLogin().idToken((token) -> token.subject("user-1")))
			.get()
			.uri("/api/me")
			.cookie("FALCON_SESSION", "abc")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.sub")
			.isEqualTo("user-1");
		StubServers.backend.verify(getRequestedFor(urlEqualTo("/api/me"))
			.withHeader(HttpHeaders.AUTHORIZATION, equalTo("Bearer access-token"))
			.withHeader(HttpHeaders.COOKIE, absent()));
	}

	@Test
	void routesProviderPathsToTheOwningService() {
		StubServers.fitness.stubFor(get(urlEqualTo("/api/connections/strava")).willReturn(
				aResponse().withHeader("Content-Type", "application/json").withBody("{\"provider\":\"strava\"}")));
		StubServers.backend.stubFor(get(urlEqualTo("/api/connections"))
			.willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("[]")));
		this.client.mutateWith(mockOidcLogin())
			.get()
			.uri("/api/connections/strava")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.provider")
			.isEqualTo("strava");
		this.client.mutateWith(mockOidcLogin()).get().uri("/api/connections").exchange().expectBody().json("[]");
		StubServers.fitness.verify(getRequestedFor(urlEqualTo("/api/connections/strava"))
			.withHeader(HttpHeaders.AUTHORIZATION, equalTo("Bearer access-token")));
	}

	@Test
	void forwardsProviderWebhooksWithoutSignIn() {
		StubServers.fitness.stubFor(get(urlEqualTo("/webhooks/strava?hub.challenge=abc")).willReturn(
				aResponse().withHeader("Content-Type", "application/json").withBody("{\"hub.challenge\":\"abc\"}")));
		this.client.get()
			.uri("/webhooks/strava?hub.challenge=abc")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$['hub.challenge']")
			.isEqualTo("abc");
	}

	@Test
	void sendsConnectNavigationWithoutSessionToLogin() {
		this.client.get()
			.uri("/api/connections/strava/authorize")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isFound()
			.expectHeader()
			.location("/login");
	}

	@Test
	void passesServiceProblemsThroughUnchanged() {
		StubServers.backend.stubFor(get(urlEqualTo("/api/missing")).willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/problem+json")
			.withBody("{\"type\":\"https://falcon.health/problems/not-found\",\"status\":404}")));
		this.client.mutateWith(mockOidcLogin())
			.get()
			.uri("/api/missing")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://falcon.health/problems/not-found");
	}

	@Test
	void refusesStateChangeWithoutCsrfToken() {
		this.client.mutateWith(mockOidcLogin())
			.put()
			.uri("/api/me/settings")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://falcon.health/problems/csrf");
	}

	@Test
	void answers503ProblemWhenTheServiceIsDown() {
		StubServers.backend
			.stubFor(get(urlEqualTo("/api/down")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		this.client.mutateWith(mockOidcLogin())
			.get()
			.uri("/api/down")
			.exchange()
			.expectStatus()
			.is5xxServerError()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void logsOutThroughTheProvidersEndSessionEndpoint() {
		// A registration unknown to the provider metadata falls back to local logout and
		// the landing page;
		// the provider's end_session redirect is exercised against the real devstack
		// provider in system-tests.
		this.client.mutateWith(mockOidcLogin())
			.mutateWith(csrf())
			.post()
			.uri("/logout")
			.exchange()
			.expectStatus()
			.isFound()
			.expectHeader()
			.location("/");
	}

}

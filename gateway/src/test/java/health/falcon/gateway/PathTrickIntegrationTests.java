package health.falcon.gateway;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Path tricks on the gateway's routes, sent byte for byte over a socket: dot segments
 * (plain and encoded), encoded slashes and backslashes, {@code ;} path parameters,
 * {@code //host} and encoded percent signs. None of them reaches a service (the stubs
 * record every request they get), none is answered with a 5xx, and none is redirected off
 * the site; Spring Security's firewall refuses them with 400 problem+json.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "management.server.port=0")
class PathTrickIntegrationTests {

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void stubs(DynamicPropertyRegistry registry) {
		StubServers.register(registry);
	}

	@BeforeEach
	void setUp() {
		StubServers.backend.resetAll();
		StubServers.fitness.resetAll();
		StubServers.backend.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("reached")));
		StubServers.fitness.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("reached")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/../internal/imports", "/api/connections/strava/../../../internal/imports",
			"/api/%2e%2e/internal/imports", "/api/%2E%2E/internal/imports", "/api/.%2e/internal/imports",
			"/api/..%2finternal/imports", "/api/..%2Finternal/imports", "/api/connections%2f..%2f..%2finternal",
			"/api/me;/../../internal/imports", "/api/me;jsessionid=1", "/api/..;/internal/imports",
			"/api\\..\\internal\\imports", "/api/%5c..%5cinternal/imports", "/api/%252e%252e/internal/imports",
			"/api//internal/imports", "//evil.example/api/me", "//evil.example/", "//evil.example/settings",
			"/\\evil.example/settings", "/api/me/..", "/api/./me", "/api/%00/me",
			"/webhooks/strava/../../internal/imports", "/webhooks/strava/%2e%2e/%2e%2e/internal/imports",
			"/webhooks/strava/..%2f..%2finternal/imports", "/webhooks/strava;/../../internal/imports",
			"/webhooks/google-health/%2e%2e/%2e%2e/internal/imports", "/webhooks/dropbox//internal/imports" })
	void neverForwardsAPathTrickAndNeverRedirectsOffSite(String target) {
		String session = "FALCON_SESSION=" + SignInFlow.session(browser(), "user-1");
		StubServers.backend.resetRequests();
		StubServers.fitness.resetRequests();

		for (String cookie : new String[] { null, session }) {
			for (String method : new String[] { "GET", "POST", "DELETE" }) {
				RawHttp.Response response = RawHttp.send(this.port, method, target, cookie);

				assertThat(response.status()).as("%s %s", method, target).isIn(400, 404);
				assertThat(response.headers()).doesNotContainKey("location");
			}
		}
		assertThat(StubServers.backend.findAll(anyRequestedFor(anyUrl()))).isEmpty();
		assertThat(StubServers.fitness.findAll(anyRequestedFor(anyUrl()))).isEmpty();
	}

	@Test
	void answersAPathTrickWithABadRequestProblem() {
		browser().get()
			.uri("/api/me;/../../internal/imports")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType("application/problem+json")
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://falcon.health/problems/bad-request");
	}

	@Test
	void forwardsAnOrdinaryPathUnchanged() {
		String session = "FALCON_SESSION=" + SignInFlow.session(browser(), "user-1");

		RawHttp.Response response = RawHttp.send(this.port, "GET", "/api/me", session);

		assertThat(response.status()).isEqualTo(200);
		assertThat(StubServers.backend.findAll(anyRequestedFor(anyUrl()))).singleElement()
			.satisfies((request) -> assertThat(request.getUrl()).isEqualTo("/api/me"));
	}

	private WebTestClient browser() {
		return WebTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
	}

}

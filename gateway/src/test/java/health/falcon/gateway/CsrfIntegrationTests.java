package health.falcon.gateway;

import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every state-changing call of a signed-in user without the CSRF header, or with one that
 * does not match the {@code XSRF-TOKEN} cookie, is refused with 403 problem+json before
 * it reaches a service; provider webhooks stay exempt.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "management.server.port=0")
class CsrfIntegrationTests {

	@Autowired
	private ApplicationContext context;

	private WebTestClient client;

	private String session;

	@DynamicPropertySource
	static void stubs(DynamicPropertyRegistry registry) {
		StubServers.register(registry);
	}

	@BeforeEach
	void setUp() {
		this.client = WebTestClient.bindToApplicationContext(this.context).configureClient().build();
		this.session = SignInFlow.session(this.client, "user-1");
		StubServers.backend.resetAll();
		StubServers.fitness.resetAll();
	}

	static Stream<Arguments> stateChanges() {
		return Stream.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE)
			.flatMap((method) -> Stream.of("/api/me/settings", "/api/connections/strava", "/api/imports/fitbit")
				.flatMap((path) -> Stream.of(Arguments.of(method, path, null), Arguments.of(method, path, "forged"))));
	}

	@ParameterizedTest(name = "{0} {1} with X-XSRF-TOKEN {2}")
	@MethodSource("stateChanges")
	void refusesStateChangesWithoutTheMatchingCsrfHeader(HttpMethod method, String path, String header) {
		WebTestClient.RequestBodySpec request = this.client.method(method)
			.uri(path)
			.cookie("FALCON_SESSION", this.session)
			.cookie("XSRF-TOKEN", "the-real-token")
			.contentType(MediaType.APPLICATION_JSON);
		if (header != null) {
			request.header("X-XSRF-TOKEN", header);
		}

		request.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://falcon.health/problems/csrf");

		assertThat(StubServers.backend.findAll(anyRequestedFor(anyUrl()))).isEmpty();
		assertThat(StubServers.fitness.findAll(anyRequestedFor(anyUrl()))).isEmpty();
	}

	@Test
	void forwardsAStateChangeWithTheMatchingCsrfHeader() {
		StubServers.backend.stubFor(post(urlPathEqualTo("/api/me/settings")).willReturn(aResponse().withStatus(204)));

		this.client.post()
			.uri("/api/me/settings")
			.cookie("FALCON_SESSION", this.session)
			.cookie("XSRF-TOKEN", "the-real-token")
			.header("X-XSRF-TOKEN", "the-real-token")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isNoContent();
	}

	@Test
	void refusesLogoutWithoutCsrfHeaderAndKeepsTheSession() {
		this.client.post()
			.uri("/logout")
			.cookie("FALCON_SESSION", this.session)
			.cookie("XSRF-TOKEN", "the-real-token")
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://falcon.health/problems/csrf");
		this.client.post()
			.uri("/logout")
			.cookie("FALCON_SESSION", this.session)
			.cookie("XSRF-TOKEN", "the-real-token")
			.header("X-XSRF-TOKEN", "forged")
			.exchange()
			.expectStatus()
			.isForbidden();

		StubServers.backend.stubFor(get(urlPathEqualTo("/api/me"))
			.willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("{}")));
		this.client.get().uri("/api/me").cookie("FALCON_SESSION", this.session).exchange().expectStatus().isOk();
	}

	@Test
	void forwardsProviderWebhooksWithoutCsrfHeader() {
		StubServers.fitness.stubFor(post(urlPathEqualTo("/webhooks/strava")).willReturn(aResponse().withStatus(200)));

		this.client.post()
			.uri("/webhooks/strava")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"object_type\":\"activity\"}")
			.exchange()
			.expectStatus()
			.isOk();

		StubServers.fitness.verify(postRequestedFor(urlPathEqualTo("/webhooks/strava")));
	}

}

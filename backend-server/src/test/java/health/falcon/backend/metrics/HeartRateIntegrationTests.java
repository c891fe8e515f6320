package health.falcon.backend.metrics;

import com.github.tomakehurst.wiremock.WireMockServer;
import health.falcon.testsupport.InMemoryMongo;
import health.falcon.testsupport.TestJwts;
import health.falcon.testsupport.WireMocks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.test.web.servlet.client.assertj.RestTestClientResponse;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/metrics/heart-rate} through the real {@code backend-data} HTTP service
 * group against backend-data stubbed in WireMock: the browser's parameters and the user's
 * own token reach backend-data, its series and its problems come back unchanged.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
class HeartRateIntegrationTests {

	private static final WireMockServer backendData = WireMocks.started();

	private static final InMemoryMongo mongo = InMemoryMongo.start();

	private static final String SERIES = """
			{"metric": "heart-rate", "unit": "bpm", "zone": "Europe/Berlin", "resolution": "1d",
			 "source": "fitbit/google-health",
			 "points": [{"t": "2026-03-28T23:00:00Z", "localDate": "2026-03-29", "value": 72.4, "min": 40.0,
			   "max": 190.0}]}
			""";

	private static final String RANGE_TOO_LARGE = """
			{"type": "https://falcon.health/problems/range-too-large", "title": "Range too large", "status": 400,
			 "detail": "'raw' covers at most 2 days", "instance": "/metrics/heart-rate"}
			""";

	@Autowired
	private RestTestClient client;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("spring.mongodb.uri", () -> mongo.uri("falcon"));
		registry.add("spring.http.serviceclient.backend-data.base-url", backendData::baseUrl);
	}

	@AfterAll
	static void stop() {
		mongo.close();
	}

	@BeforeEach
	void reset() {
		backendData.resetAll();
	}

	@Test
	void relaysTheParametersAndTheUsersOwnTokenAndReturnsTheSeriesUnchanged() {
		backendData.stubFor(get(urlPathEqualTo("/metrics/heart-rate")).willReturn(okJson(SERIES)));
		String token = TestJwts.token("demo", "falcon-api");
		RestTestClientResponse response = call("/api/metrics/heart-rate?from=2026-03-29&to=2026-03-29&resolution=1d",
				token);
		assertThat(response).hasStatusOk();
		assertThat(response).bodyJson().isStrictlyEqualTo(SERIES);
		backendData.verify(getRequestedFor(urlPathEqualTo("/metrics/heart-rate"))
			.withHeader(HttpHeaders.AUTHORIZATION, equalTo("Bearer " + token))
			.withQueryParam("from", equalTo("2026-03-29"))
			.withQueryParam("to", equalTo("2026-03-29"))
			.withQueryParam("resolution", equalTo("1d"))
			.withQueryParam("maxPoints", absent()));
	}

	@Test
	void relaysMaxPoints() {
		backendData.stubFor(get(urlPathEqualTo("/metrics/heart-rate")).willReturn(okJson(SERIES)));
		assertThat(call("/api/metrics/heart-rate?from=2026-01-01&to=2026-12-31&maxPoints=2000",
				TestJwts.token("alex", "falcon-api")))
			.hasStatusOk();
		backendData
			.verify(getRequestedFor(urlPathEqualTo("/metrics/heart-rate")).withQueryParam("maxPoints", equalTo("2000"))
				.withQueryParam("resolution", absent()));
	}

	@Test
	void returnsBackendDatasRangeTooLargeProblemAsItIs() {
		backendData.stubFor(get(urlPathEqualTo("/metrics/heart-rate")).willReturn(aResponse().withStatus(400)
			.withHeader(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE)
			.withBody(RANGE_TOO_LARGE)));
		RestTestClientResponse response = call("/api/metrics/heart-rate?from=2026-03-01&to=2026-03-31&resolution=raw",
				TestJwts.token("demo", "falcon-api"));
		assertThat(response).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response).bodyJson().isEqualTo("""
				{"type": "https://falcon.health/problems/range-too-large", "title": "Range too large", "status": 400,
				 "detail": "'raw' covers at most 2 days", "instance": "/api/metrics/heart-rate"}
				""");
	}

	@Test
	void neverCallsBackendDataWithoutAToken() {
		RestTestClientResponse response = RestTestClientResponse
			.from(this.client.get().uri("/api/metrics/heart-rate").exchange());
		assertThat(response).hasStatus(401);
		assertThat(backendData.getAllServeEvents()).isEmpty();
	}

	private RestTestClientResponse call(String uri, String token) {
		return RestTestClientResponse
			.from(this.client.get().uri(uri).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange());
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class LocalKeyConfiguration {

		@Bean
		JwtDecoder jwtDecoder() {
			return TestJwts.decoder();
		}

	}

}

package health.falcon.backend.metrics;

import health.falcon.backend.BackendDataIntegrationSupport;
import health.falcon.testsupport.TestJwts;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
 * own token reach backend-data, its series and its problems come back unchanged. The
 * cases every relayed endpoint shares (problems, 502, 401, the list parameters) are in
 * {@code RelayIntegrationTests}.
 */
class HeartRateIntegrationTests extends BackendDataIntegrationSupport {

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

}

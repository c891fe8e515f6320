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
 * {@code GET /api/metrics} and {@code GET /api/metrics/{metric}} (steps, blood pressure,
 * sleep) through the real {@code backend-data} HTTP service group ({@code MetricsClient})
 * against backend-data stubbed in WireMock: the parameters and the user's own token reach
 * backend-data, its answers and its problems come back unchanged. The cases every relayed
 * endpoint shares (problems, 502, 401, the list parameters) are in
 * {@code RelayIntegrationTests}.
 */
class MetricsIntegrationTests extends BackendDataIntegrationSupport {

	private static final String CATALOG = """
			{"metrics": [{"metric": "heart-rate", "unit": "bpm", "hasData": true},
			 {"metric": "steps", "unit": "count", "hasData": true},
			 {"metric": "distance", "unit": "m", "hasData": false},
			 {"metric": "active-energy", "unit": "kcal", "hasData": false},
			 {"metric": "calories-out", "unit": "kcal", "hasData": false},
			 {"metric": "resting-heart-rate", "unit": "bpm", "hasData": true}]}
			""";

	private static final String STEPS = """
			{"metric": "steps", "unit": "count", "zone": "Europe/Berlin", "resolution": "1w",
			 "source": "fitbit/google-health",
			 "points": [{"t": "2026-03-22T23:00:00Z", "localDate": "2026-03-23", "value": 25000.0, "min": 1000.0,
			   "max": 7000.0}]}
			""";

	private static final String BLOOD_PRESSURE = """
			{"metric": "blood-pressure", "unit": "mmHg", "zone": "America/Denver", "resolution": "1d",
			 "source": "dropbox/upload",
			 "points": [{"t": "2026-03-12T06:00:00Z", "localDate": "2026-03-12", "value": 129.0, "min": 118.0,
			   "max": 140.0, "systolic": 129.0, "diastolic": 86.5, "pulse": 64.0}]}
			""";

	private static final String SLEEP = """
			{"metric": "sleep-duration", "unit": "min", "zone": "Europe/Berlin", "resolution": "1d",
			 "source": "fitbit/google-health",
			 "points": [{"t": "2026-03-09T23:00:00Z", "localDate": "2026-03-10", "value": 450.0, "min": 450.0,
			   "max": 450.0, "stages": {"deep": 80.0, "light": 280.0, "rem": 90.0, "wake": 40.0}}]}
			""";

	private static final String UNKNOWN_METRIC = """
			{"type": "https://falcon.health/problems/unknown-metric", "title": "Unknown metric", "status": 404,
			 "detail": "There is no metric 'blood-sugar'; GET /metrics lists them.", "instance": "/metrics/blood-sugar"}
			""";

	private static final String DAILY_ONLY = """
			{"type": "https://falcon.health/problems/validation", "title": "Validation failed", "status": 400,
			 "detail": "The request is invalid; see 'errors' for each rejected field.", "instance": "/metrics/steps",
			 "errors": [{"field": "resolution", "message": "'steps' is a daily metric: use 1d or 1w, or maxPoints (got '1h')"}]}
			""";

	@Test
	void returnsTheCatalogForTheUsersOwnToken() {
		backendData.stubFor(get(urlPathEqualTo("/metrics")).willReturn(okJson(CATALOG)));
		String token = TestJwts.token("demo", "falcon-api");
		RestTestClientResponse response = call("/api/metrics", token);
		assertThat(response).hasStatusOk();
		assertThat(response).bodyJson().isStrictlyEqualTo(CATALOG);
		backendData.verify(getRequestedFor(urlPathEqualTo("/metrics")).withHeader(HttpHeaders.AUTHORIZATION,
				equalTo("Bearer " + token)));
	}

	@Test
	void relaysTheParametersAndReturnsTheStepsUnchanged() {
		backendData.stubFor(get(urlPathEqualTo("/metrics/steps")).willReturn(okJson(STEPS)));
		String token = TestJwts.token("demo", "falcon-api");
		RestTestClientResponse response = call("/api/metrics/steps?from=2026-03-23&to=2026-03-29&resolution=1w", token);
		assertThat(response).hasStatusOk();
		assertThat(response).bodyJson().isStrictlyEqualTo(STEPS);
		backendData.verify(getRequestedFor(urlPathEqualTo("/metrics/steps"))
			.withHeader(HttpHeaders.AUTHORIZATION, equalTo("Bearer " + token))
			.withQueryParam("from", equalTo("2026-03-23"))
			.withQueryParam("to", equalTo("2026-03-29"))
			.withQueryParam("resolution", equalTo("1w"))
			.withQueryParam("maxPoints", absent()));
	}

	@Test
	void relaysBloodPressureWithItsPressuresAndPulseUnchanged() {
		backendData.stubFor(get(urlPathEqualTo("/metrics/blood-pressure")).willReturn(okJson(BLOOD_PRESSURE)));
		String token = TestJwts.token("demo", "falcon-api");
		RestTestClientResponse response = call(
				"/api/metrics/blood-pressure?from=2026-03-09&to=2026-03-15&resolution=1d", token);
		assertThat(response).hasStatusOk();
		assertThat(response).bodyJson().isStrictlyEqualTo(BLOOD_PRESSURE);
		backendData.verify(getRequestedFor(urlPathEqualTo("/metrics/blood-pressure"))
			.withHeader(HttpHeaders.AUTHORIZATION, equalTo("Bearer " + token))
			.withQueryParam("resolution", equalTo("1d")));
	}

	@Test
	void relaysSleepWithItsMinutesPerStageUnchanged() {
		backendData.stubFor(get(urlPathEqualTo("/metrics/sleep-duration")).willReturn(okJson(SLEEP)));
		RestTestClientResponse response = call("/api/metrics/sleep-duration?from=2026-03-10&to=2026-03-10&maxPoints=10",
				TestJwts.token("demo", "falcon-api"));
		assertThat(response).hasStatusOk();
		assertThat(response).bodyJson().isStrictlyEqualTo(SLEEP);
	}

	@Test
	void returnsBackendDatasUnknownMetricProblemAsItIs() {
		backendData.stubFor(get(urlPathEqualTo("/metrics/blood-sugar")).willReturn(aResponse().withStatus(404)
			.withHeader(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE)
			.withBody(UNKNOWN_METRIC)));
		RestTestClientResponse response = call("/api/metrics/blood-sugar?from=2026-03-23&to=2026-03-29&resolution=1d",
				TestJwts.token("demo", "falcon-api"));
		assertThat(response).hasStatus(404).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response).bodyJson()
			.extractingPath("$.type")
			.isEqualTo("https://falcon.health/problems/unknown-metric");
	}

	@Test
	void returnsBackendDatasValidationProblemAsItIs() {
		backendData.stubFor(get(urlPathEqualTo("/metrics/steps")).willReturn(aResponse().withStatus(400)
			.withHeader(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE)
			.withBody(DAILY_ONLY)));
		RestTestClientResponse response = call("/api/metrics/steps?from=2026-03-23&to=2026-03-29&resolution=1h",
				TestJwts.token("demo", "falcon-api"));
		assertThat(response).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response).bodyJson().extractingPath("$.errors[0].field").isEqualTo("resolution");
	}

}

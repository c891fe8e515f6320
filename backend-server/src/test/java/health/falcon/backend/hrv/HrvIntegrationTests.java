package health.falcon.backend.hrv;

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
 * {@code GET /api/hrv/recordings} through the real {@code backend-data} HTTP service
 * group against backend-data stubbed in WireMock, with tokens from {@link TestJwts}: the
 * browser's parameters and the user's own token reach backend-data, its HRV recordings
 * and its problems come back unchanged.
 */
class HrvIntegrationTests extends BackendDataIntegrationSupport {

	private static final String PAGE = """
			{"items": [{"id": "demo:9f86d0", "start": {"instant": "2026-03-10T06:30:00Z",
			"localDate": "2026-03-10", "offset": "+01:00", "zoneId": "Europe/Berlin", "zoneAssumed": true},
			"end": null, "intervals": 300, "artifacts": 2, "artifactsPercent": 0.7, "tag": "morning",
			"metrics": [{"name": "RMSSD", "value": 42.1}, {"name": "LF/HF", "value": null}],
			"recomputed": {"sdnn": 51.2, "rmssd": 42.0, "pnn50": 21.5}, "disagrees": false,
			"disagreements": [], "source": {"provider": "dropbox", "channel": "upload", "file": "omron.csv",
			"format": "OMRON_CONNECT", "receivedAt": null}}], "nextCursor": null}
			""";

	private static final String DETAIL = """
			{"id": "demo:9f86d0", "start": {"instant": "2026-03-10T06:30:00Z", "localDate": "2026-03-10",
			"offset": "+01:00", "zoneId": "Europe/Berlin", "zoneAssumed": true}, "end": null,
			"intervals": 300, "artifacts": 2, "artifactsPercent": 0.7, "tag": "morning",
			"metrics": [{"name": "RMSSD", "value": 42.1}, {"name": "LF/HF", "value": null}],
			"recomputed": {"sdnn": 51.2, "rmssd": 42.0, "pnn50": 21.5}, "disagrees": false,
			"disagreements": [], "source": {"provider": "dropbox", "channel": "upload", "file": "omron.csv",
			"format": "OMRON_CONNECT", "receivedAt": null}, "rr": {"n": [1, 2], "timestampMs": [0, 850],
			"rrMs": [850, 870], "bpm": [71, 69]}}
			""";

	private static final String INVALID_CURSOR = """
			{"type": "https://falcon.health/problems/validation", "title": "Validation failed", "status": 400,
			 "detail": "The request is invalid; see 'errors' for each rejected field.", "instance": "/hrv/recordings",
			 "errors": [{"field": "cursor", "message": "is not a cursor of this list; start without one"}]}
			""";

	private static final String NOT_FOUND = """
			{"type": "https://falcon.health/problems/not-found", "title": "Not Found", "status": 404,
			 "detail": "There is no such item.", "instance": "/hrv/recordings/x"}
			""";

	@Test
	void relaysTheParametersAndTheUsersOwnTokenAndReturnsThePageUnchanged() {
		backendData.stubFor(get(urlPathEqualTo("/hrv/recordings")).willReturn(okJson(PAGE)));
		String token = TestJwts.token("demo", "falcon-api");
		RestTestClientResponse response = call("/api/hrv/recordings?from=2026-03-01&to=2026-03-31&limit=5&cursor=abc",
				token);
		assertThat(response).hasStatusOk();
		assertThat(response).bodyJson().isStrictlyEqualTo(PAGE);
		backendData.verify(getRequestedFor(urlPathEqualTo("/hrv/recordings"))
			.withHeader(HttpHeaders.AUTHORIZATION, equalTo("Bearer " + token))
			.withQueryParam("from", equalTo("2026-03-01"))
			.withQueryParam("to", equalTo("2026-03-31"))
			.withQueryParam("limit", equalTo("5"))
			.withQueryParam("cursor", equalTo("abc")));
	}

	@Test
	void leavesOutParametersTheBrowserDidNotSend() {
		backendData.stubFor(get(urlPathEqualTo("/hrv/recordings")).willReturn(okJson(PAGE)));
		assertThat(call("/api/hrv/recordings", TestJwts.token("alex", "falcon-api"))).hasStatusOk();
		backendData.verify(getRequestedFor(urlPathEqualTo("/hrv/recordings")).withQueryParam("from", absent())
			.withQueryParam("to", absent())
			.withQueryParam("limit", absent())
			.withQueryParam("cursor", absent()));
	}

	@Test
	void returnsBackendDatasValidationProblemAsItIs() {
		backendData.stubFor(get(urlPathEqualTo("/hrv/recordings")).willReturn(aResponse().withStatus(400)
			.withHeader(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE)
			.withBody(INVALID_CURSOR)));
		RestTestClientResponse response = call("/api/hrv/recordings?cursor=forged",
				TestJwts.token("demo", "falcon-api"));
		assertThat(response).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response).bodyJson()
			.isEqualTo(
					"""
							{"type": "https://falcon.health/problems/validation", "title": "Validation failed", "status": 400,
							 "detail": "The request is invalid; see 'errors' for each rejected field.", "instance": "/api/hrv/recordings",
							 "errors": [{"field": "cursor", "message": "is not a cursor of this list; start without one"}]}
							""");
	}

	@Test
	void relaysTheIdAndReturnsTheDetailUnchanged() {
		backendData.stubFor(get(urlPathEqualTo("/hrv/recordings/demo%3A9f86d0")).willReturn(okJson(DETAIL)));
		String token = TestJwts.token("demo", "falcon-api");
		RestTestClientResponse response = call("/api/hrv/recordings/demo:9f86d0", token);
		assertThat(response).hasStatusOk();
		assertThat(response).bodyJson().isStrictlyEqualTo(DETAIL);
		// the id travels strictly encoded (a colon as %3A); backend-data decodes it
		backendData.verify(getRequestedFor(urlPathEqualTo("/hrv/recordings/demo%3A9f86d0"))
			.withHeader(HttpHeaders.AUTHORIZATION, equalTo("Bearer " + token)));
	}

	@Test
	void returnsBackendDatasNotFoundProblemAsItIs() {
		backendData.stubFor(get(urlPathEqualTo("/hrv/recordings/demo%3A9f86d0")).willReturn(aResponse().withStatus(404)
			.withHeader(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE)
			.withBody(NOT_FOUND)));
		RestTestClientResponse response = call("/api/hrv/recordings/demo:9f86d0", TestJwts.token("alex", "falcon-api"));
		assertThat(response).hasStatus(404).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response).bodyJson().extractingPath("$.type").isEqualTo("https://falcon.health/problems/not-found");
		assertThat(response).bodyJson().extractingPath("$.instance").isEqualTo("/api/hrv/recordings/demo:9f86d0");
	}

	@Test
	void answersBadGatewayWhenBackendDataFails() {
		backendData.stubFor(get(urlPathEqualTo("/hrv/recordings")).willReturn(aResponse().withStatus(503)));
		RestTestClientResponse response = call("/api/hrv/recordings", TestJwts.token("demo", "falcon-api"));
		assertThat(response).hasStatus(502).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response).bodyJson()
			.extractingPath("$.type")
			.isEqualTo("https://falcon.health/problems/bad-gateway");
	}

	@Test
	void neverCallsBackendDataWithoutAToken() {
		RestTestClientResponse response = RestTestClientResponse
			.from(this.client.get().uri("/api/hrv/recordings").exchange());
		assertThat(response).hasStatus(401);
		assertThat(backendData.getAllServeEvents()).isEmpty();
	}

}

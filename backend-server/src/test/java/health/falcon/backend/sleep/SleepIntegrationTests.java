package health.falcon.backend.sleep;

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
 * {@code GET /api/sleep/sessions} through the real {@code backend-data} HTTP service
 * group against backend-data stubbed in WireMock, with tokens from {@link TestJwts}: the
 * browser's parameters and the user's own token reach backend-data, its sleep sessions
 * and its problems come back unchanged.
 */
class SleepIntegrationTests extends BackendDataIntegrationSupport {

	private static final String PAGE = """
			{"items": [{"id": "demo:29580510", "start": "2026-03-28T22:30:00Z",
			"end": "2026-03-29T05:45:00Z", "offset": "+01:00", "dateOfSleep": "2026-03-29",
			"mainSleep": true, "efficiency": 93, "minutesAsleep": 400, "minutesAwake": 35,
			"stageMinutes": {"deep": 80, "light": 220, "rem": 100, "wake": 35},
			"source": {"provider": "fitbit", "channel": "google-health", "file": null, "format": null,
			"receivedAt": "2026-03-29T06:00:00Z"}}], "nextCursor": "djEKc2xlZXA"}
			""";

	private static final String DETAIL = """
			{"id": "demo:29580510", "start": "2026-03-28T22:30:00Z", "end": "2026-03-29T05:45:00Z",
			"offset": "+01:00", "dateOfSleep": "2026-03-29", "mainSleep": true, "efficiency": 93,
			"minutesAsleep": 400, "minutesAwake": 35, "stageMinutes": {"deep": 80, "light": 220, "rem": 100,
			"wake": 35}, "source": {"provider": "fitbit", "channel": "google-health", "file": null,
			"format": null, "receivedAt": "2026-03-29T06:00:00Z"},
			"stages": [{"start": "2026-03-28T22:30:00Z", "seconds": 1800, "level": "light"}]}
			""";

	private static final String INVALID_CURSOR = """
			{"type": "https://falcon.health/problems/validation", "title": "Validation failed", "status": 400,
			 "detail": "The request is invalid; see 'errors' for each rejected field.", "instance": "/sleep/sessions",
			 "errors": [{"field": "cursor", "message": "is not a cursor of this list; start without one"}]}
			""";

	private static final String NOT_FOUND = """
			{"type": "https://falcon.health/problems/not-found", "title": "Not Found", "status": 404,
			 "detail": "There is no such item.", "instance": "/sleep/sessions/x"}
			""";

	@Test
	void relaysTheParametersAndTheUsersOwnTokenAndReturnsThePageUnchanged() {
		backendData.stubFor(get(urlPathEqualTo("/sleep/sessions")).willReturn(okJson(PAGE)));
		String token = TestJwts.token("demo", "falcon-api");
		RestTestClientResponse response = call("/api/sleep/sessions?from=2026-03-01&to=2026-03-31&limit=5&cursor=abc",
				token);
		assertThat(response).hasStatusOk();
		assertThat(response).bodyJson().isStrictlyEqualTo(PAGE);
		backendData.verify(getRequestedFor(urlPathEqualTo("/sleep/sessions"))
			.withHeader(HttpHeaders.AUTHORIZATION, equalTo("Bearer " + token))
			.withQueryParam("from", equalTo("2026-03-01"))
			.withQueryParam("to", equalTo("2026-03-31"))
			.withQueryParam("limit", equalTo("5"))
			.withQueryParam("cursor", equalTo("abc")));
	}

	@Test
	void leavesOutParametersTheBrowserDidNotSend() {
		backendData.stubFor(get(urlPathEqualTo("/sleep/sessions")).willReturn(okJson(PAGE)));
		assertThat(call("/api/sleep/sessions", TestJwts.token("alex", "falcon-api"))).hasStatusOk();
		backendData.verify(getRequestedFor(urlPathEqualTo("/sleep/sessions")).withQueryParam("from", absent())
			.withQueryParam("to", absent())
			.withQueryParam("limit", absent())
			.withQueryParam("cursor", absent()));
	}

	@Test
	void returnsBackendDatasValidationProblemAsItIs() {
		backendData.stubFor(get(urlPathEqualTo("/sleep/sessions")).willReturn(aResponse().withStatus(400)
			.withHeader(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE)
			.withBody(INVALID_CURSOR)));
		RestTestClientResponse response = call("/api/sleep/sessions?cursor=forged",
				TestJwts.token("demo", "falcon-api"));
		assertThat(response).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response).bodyJson()
			.isEqualTo(
					"""
							{"type": "https://falcon.health/problems/validation", "title": "Validation failed", "status": 400,
							 "detail": "The request is invalid; see 'errors' for each rejected field.", "instance": "/api/sleep/sessions",
							 "errors": [{"field": "cursor", "message": "is not a cursor of this list; start without one"}]}
							""");
	}

	@Test
	void relaysTheIdAndReturnsTheDetailUnchanged() {
		backendData.stubFor(get(urlPathEqualTo("/sleep/sessions/demo%3A29580510")).willReturn(okJson(DETAIL)));
		String token = TestJwts.token("demo", "falcon-api");
		RestTestClientResponse response = call("/api/sleep/sessions/demo:29580510", token);
		assertThat(response).hasStatusOk();
		assertThat(response).bodyJson().isStrictlyEqualTo(DETAIL);
		// the id travels strictly encoded (a colon as %3A); backend-data decodes it
		backendData.verify(getRequestedFor(urlPathEqualTo("/sleep/sessions/demo%3A29580510"))
			.withHeader(HttpHeaders.AUTHORIZATION, equalTo("Bearer " + token)));
	}

	@Test
	void returnsBackendDatasNotFoundProblemAsItIs() {
		backendData
			.stubFor(get(urlPathEqualTo("/sleep/sessions/demo%3A29580510")).willReturn(aResponse().withStatus(404)
				.withHeader(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE)
				.withBody(NOT_FOUND)));
		RestTestClientResponse response = call("/api/sleep/sessions/demo:29580510",
				TestJwts.token("alex", "falcon-api"));
		assertThat(response).hasStatus(404).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response).bodyJson().extractingPath("$.type").isEqualTo("https://falcon.health/problems/not-found");
		assertThat(response).bodyJson().extractingPath("$.instance").isEqualTo("/api/sleep/sessions/demo:29580510");
	}

	@Test
	void answersBadGatewayWhenBackendDataFails() {
		backendData.stubFor(get(urlPathEqualTo("/sleep/sessions")).willReturn(aResponse().withStatus(503)));
		RestTestClientResponse response = call("/api/sleep/sessions", TestJwts.token("demo", "falcon-api"));
		assertThat(response).hasStatus(502).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response).bodyJson()
			.extractingPath("$.type")
			.isEqualTo("https://falcon.health/problems/bad-gateway");
	}

	@Test
	void neverCallsBackendDataWithoutAToken() {
		RestTestClientResponse response = RestTestClientResponse
			.from(this.client.get().uri("/api/sleep/sessions").exchange());
		assertThat(response).hasStatus(401);
		assertThat(backendData.getAllServeEvents()).isEmpty();
	}

}

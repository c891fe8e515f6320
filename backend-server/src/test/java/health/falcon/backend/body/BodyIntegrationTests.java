package health.falcon.backend.body;

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
 * {@code GET /api/body/measurements} through the real {@code backend-data} HTTP service
 * group against backend-data stubbed in WireMock, with tokens from {@link TestJwts}: the
 * browser's parameters and the user's own token reach backend-data, its body measurements
 * and its problems come back unchanged.
 */
class BodyIntegrationTests extends BackendDataIntegrationSupport {

	private static final String PAGE = """
			{"items": [{"id": "demo/2026-03-10", "date": "2026-03-10", "weightKg": 72.4, "bodyFatPct": null,
			"source": {"provider": "myfitnesspal", "channel": "export", "file": "Nutrition-Summary.csv",
			"format": null, "receivedAt": null}}], "nextCursor": null}
			""";

	private static final String INVALID_CURSOR = """
			{"type": "https://falcon.health/problems/validation", "title": "Validation failed", "status": 400,
			 "detail": "The request is invalid; see 'errors' for each rejected field.", "instance": "/body/measurements",
			 "errors": [{"field": "cursor", "message": "is not a cursor of this list; start without one"}]}
			""";

	private static final String NOT_FOUND = """
			{"type": "https://falcon.health/problems/not-found", "title": "Not Found", "status": 404,
			 "detail": "There is no such item.", "instance": "/body/measurements/x"}
			""";

	@Test
	void relaysTheParametersAndTheUsersOwnTokenAndReturnsThePageUnchanged() {
		backendData.stubFor(get(urlPathEqualTo("/body/measurements")).willReturn(okJson(PAGE)));
		String token = TestJwts.token("demo", "falcon-api");
		RestTestClientResponse response = call(
				"/api/body/measurements?from=2026-03-01&to=2026-03-31&limit=5&cursor=abc", token);
		assertThat(response).hasStatusOk();
		assertThat(response).bodyJson().isStrictlyEqualTo(PAGE);
		backendData.verify(getRequestedFor(urlPathEqualTo("/body/measurements"))
			.withHeader(HttpHeaders.AUTHORIZATION, equalTo("Bearer " + token))
			.withQueryParam("from", equalTo("2026-03-01"))
			.withQueryParam("to", equalTo("2026-03-31"))
			.withQueryParam("limit", equalTo("5"))
			.withQueryParam("cursor", equalTo("abc")));
	}

	@Test
	void leavesOutParametersTheBrowserDidNotSend() {
		backendData.stubFor(get(urlPathEqualTo("/body/measurements")).willReturn(okJson(PAGE)));
		assertThat(call("/api/body/measurements", TestJwts.token("alex", "falcon-api"))).hasStatusOk();
		backendData.verify(getRequestedFor(urlPathEqualTo("/body/measurements")).withQueryParam("from", absent())
			.withQueryParam("to", absent())
			.withQueryParam("limit", absent())
			.withQueryParam("cursor", absent()));
	}

	@Test
	void returnsBackendDatasValidationProblemAsItIs() {
		backendData.stubFor(get(urlPathEqualTo("/body/measurements")).willReturn(aResponse().withStatus(400)
			.withHeader(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE)
			.withBody(INVALID_CURSOR)));
		RestTestClientResponse response = call("/api/body/measurements?cursor=forged",
				TestJwts.token("demo", "falcon-api"));
		assertThat(response).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response).bodyJson()
			.isEqualTo(
					"""
							{"type": "https://falcon.health/problems/validation", "title": "Validation failed", "status": 400,
							 "detail": "The request is invalid; see 'errors' for each rejected field.", "instance": "/api/body/measurements",
							 "errors": [{"field": "cursor", "message": "is not a cursor of this list; start without one"}]}
							""");
	}

	@Test
	void answersBadGatewayWhenBackendDataFails() {
		backendData.stubFor(get(urlPathEqualTo("/body/measurements")).willReturn(aResponse().withStatus(503)));
		RestTestClientResponse response = call("/api/body/measurements", TestJwts.token("demo", "falcon-api"));
		assertThat(response).hasStatus(502).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response).bodyJson()
			.extractingPath("$.type")
			.isEqualTo("https://falcon.health/problems/bad-gateway");
	}

	@Test
	void neverCallsBackendDataWithoutAToken() {
		RestTestClientResponse response = RestTestClientResponse
			.from(this.client.get().uri("/api/body/measurements").exchange());
		assertThat(response).hasStatus(401);
		assertThat(backendData.getAllServeEvents()).isEmpty();
	}

}

package health.falcon.backend.nutrition;

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
 * {@code GET /api/nutrition/days} through the real {@code backend-data} HTTP service
 * group against backend-data stubbed in WireMock, with tokens from {@link TestJwts}: the
 * browser's parameters and the user's own token reach backend-data, its nutrition days
 * and its problems come back unchanged.
 */
class NutritionIntegrationTests extends BackendDataIntegrationSupport {

	private static final String PAGE = """
			{"items": [{"id": "demo/2026-03-10", "date": "2026-03-10", "channels": ["export", "diary"],
			"channel": "export", "totals": {"kcal": 2100.0}, "meals": [{"name": "Breakfast",
			"totals": {"kcal": 420.0}, "items": [{"name": null, "time": "07:30",
			"nutrients": {"kcal": 420.0}, "note": null}]}], "waterMl": 1500.0, "goals": {"kcal": 2000.0},
			"source": {"provider": "myfitnesspal", "channel": "export", "file": "Nutrition-Summary.csv",
			"format": null, "receivedAt": null}}], "nextCursor": null}
			""";

	private static final String DETAIL = """
			{"id": "demo/2026-03-10", "date": "2026-03-10", "export": {"totals": {"kcal": 2100.0},
			"meals": [{"name": "Breakfast", "totals": {"kcal": 420.0}, "items": [{"name": null,
			"time": "07:30", "nutrients": {"kcal": 420.0}, "note": null}]}],
			"exercise": [{"name": "Running", "type": "Cardio", "kcal": 300.0, "minutes": 30.0, "sets": null,
			"repsPerSet": null, "weightKg": null, "steps": null, "note": null}],
			"source": {"provider": "myfitnesspal", "channel": "export", "file": "Nutrition-Summary.csv",
			"format": null, "receivedAt": null}, "exerciseSource": null},
			"diary": {"totals": {"kcal": 1900.0}, "meals": [{"name": "Breakfast", "totals": {"kcal": 400.0},
			"items": [{"name": "Oats", "time": null, "nutrients": {"kcal": 400.0}, "note": null}]}],
			"goals": {"kcal": 2000.0}, "waterMl": 1500.0, "complete": true,
			"source": {"provider": "myfitnesspal", "channel": "diary", "file": null, "format": null,
			"receivedAt": "2026-03-11T02:00:00Z"}}}
			""";

	private static final String INVALID_CURSOR = """
			{"type": "https://falcon.health/problems/validation", "title": "Validation failed", "status": 400,
			 "detail": "The request is invalid; see 'errors' for each rejected field.", "instance": "/nutrition/days",
			 "errors": [{"field": "cursor", "message": "is not a cursor of this list; start without one"}]}
			""";

	private static final String NOT_FOUND = """
			{"type": "https://falcon.health/problems/not-found", "title": "Not Found", "status": 404,
			 "detail": "There is no such item.", "instance": "/nutrition/days/x"}
			""";

	@Test
	void relaysTheParametersAndTheUsersOwnTokenAndReturnsThePageUnchanged() {
		backendData.stubFor(get(urlPathEqualTo("/nutrition/days")).willReturn(okJson(PAGE)));
		String token = TestJwts.token("demo", "falcon-api");
		RestTestClientResponse response = call("/api/nutrition/days?from=2026-03-01&to=2026-03-31&limit=5&cursor=abc",
				token);
		assertThat(response).hasStatusOk();
		assertThat(response).bodyJson().isStrictlyEqualTo(PAGE);
		backendData.verify(getRequestedFor(urlPathEqualTo("/nutrition/days"))
			.withHeader(HttpHeaders.AUTHORIZATION, equalTo("Bearer " + token))
			.withQueryParam("from", equalTo("2026-03-01"))
			.withQueryParam("to", equalTo("2026-03-31"))
			.withQueryParam("limit", equalTo("5"))
			.withQueryParam("cursor", equalTo("abc")));
	}

	@Test
	void leavesOutParametersTheBrowserDidNotSend() {
		backendData.stubFor(get(urlPathEqualTo("/nutrition/days")).willReturn(okJson(PAGE)));
		assertThat(call("/api/nutrition/days", TestJwts.token("alex", "falcon-api"))).hasStatusOk();
		backendData.verify(getRequestedFor(urlPathEqualTo("/nutrition/days")).withQueryParam("from", absent())
			.withQueryParam("to", absent())
			.withQueryParam("limit", absent())
			.withQueryParam("cursor", absent()));
	}

	@Test
	void returnsBackendDatasValidationProblemAsItIs() {
		backendData.stubFor(get(urlPathEqualTo("/nutrition/days")).willReturn(aResponse().withStatus(400)
			.withHeader(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE)
			.withBody(INVALID_CURSOR)));
		RestTestClientResponse response = call("/api/nutrition/days?cursor=forged",
				TestJwts.token("demo", "falcon-api"));
		assertThat(response).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response).bodyJson()
			.isEqualTo(
					"""
							{"type": "https://falcon.health/problems/validation", "title": "Validation failed", "status": 400,
							 "detail": "The request is invalid; see 'errors' for each rejected field.", "instance": "/api/nutrition/days",
							 "errors": [{"field": "cursor", "message": "is not a cursor of this list; start without one"}]}
							""");
	}

	@Test
	void relaysTheIdAndReturnsTheDetailUnchanged() {
		backendData.stubFor(get(urlPathEqualTo("/nutrition/days/2026-03-10")).willReturn(okJson(DETAIL)));
		String token = TestJwts.token("demo", "falcon-api");
		RestTestClientResponse response = call("/api/nutrition/days/2026-03-10", token);
		assertThat(response).hasStatusOk();
		assertThat(response).bodyJson().isStrictlyEqualTo(DETAIL);
		// the id travels strictly encoded (a colon as %3A); backend-data decodes it
		backendData.verify(getRequestedFor(urlPathEqualTo("/nutrition/days/2026-03-10"))
			.withHeader(HttpHeaders.AUTHORIZATION, equalTo("Bearer " + token)));
	}

	@Test
	void returnsBackendDatasNotFoundProblemAsItIs() {
		backendData.stubFor(get(urlPathEqualTo("/nutrition/days/2026-03-10")).willReturn(aResponse().withStatus(404)
			.withHeader(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE)
			.withBody(NOT_FOUND)));
		RestTestClientResponse response = call("/api/nutrition/days/2026-03-10", TestJwts.token("alex", "falcon-api"));
		assertThat(response).hasStatus(404).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response).bodyJson().extractingPath("$.type").isEqualTo("https://falcon.health/problems/not-found");
		assertThat(response).bodyJson().extractingPath("$.instance").isEqualTo("/api/nutrition/days/2026-03-10");
	}

	@Test
	void answersBadGatewayWhenBackendDataFails() {
		backendData.stubFor(get(urlPathEqualTo("/nutrition/days")).willReturn(aResponse().withStatus(503)));
		RestTestClientResponse response = call("/api/nutrition/days", TestJwts.token("demo", "falcon-api"));
		assertThat(response).hasStatus(502).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response).bodyJson()
			.extractingPath("$.type")
			.isEqualTo("https://falcon.health/problems/bad-gateway");
	}

	@Test
	void neverCallsBackendDataWithoutAToken() {
		RestTestClientResponse response = RestTestClientResponse
			.from(this.client.get().uri("/api/nutrition/days").exchange());
		assertThat(response).hasStatus(401);
		assertThat(backendData.getAllServeEvents()).isEmpty();
	}

}

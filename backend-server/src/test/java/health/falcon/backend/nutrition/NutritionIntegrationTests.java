package health.falcon.backend.nutrition;

import health.falcon.backend.BackendDataIntegrationSupport;
import health.falcon.testsupport.TestJwts;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.assertj.RestTestClientResponse;

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
 * and its problems come back unchanged. The cases every relayed endpoint shares
 * (problems, 502, 401, the list parameters) are in {@code RelayIntegrationTests}.
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

	@Test
	void returnsThePageUnchanged() {
		backendData.stubFor(get(urlPathEqualTo("/nutrition/days")).willReturn(okJson(PAGE)));
		RestTestClientResponse response = call("/api/nutrition/days", TestJwts.token("demo", "falcon-api"));
		assertThat(response).hasStatusOk();
		assertThat(response).bodyJson().isStrictlyEqualTo(PAGE);
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

}

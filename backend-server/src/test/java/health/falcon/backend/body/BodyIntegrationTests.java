package health.falcon.backend.body;

import health.falcon.backend.BackendDataIntegrationSupport;
import health.falcon.testsupport.TestJwts;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.client.assertj.RestTestClientResponse;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/body/measurements} through the real {@code backend-data} HTTP service
 * group against backend-data stubbed in WireMock, with tokens from {@link TestJwts}: the
 * browser's parameters and the user's own token reach backend-data, its body measurements
 * and its problems come back unchanged. The cases every relayed endpoint shares
 * (problems, 502, 401, the list parameters) are in {@code RelayIntegrationTests}.
 */
class BodyIntegrationTests extends BackendDataIntegrationSupport {

	private static final String PAGE = """
			{"items": [{"id": "demo/2026-03-10", "date": "2026-03-10", "weightKg": 72.4, "bodyFatPct": null,
			"source": {"provider": "myfitnesspal", "channel": "export", "file": "Nutrition-Summary.csv",
			"format": null, "receivedAt": null}}], "nextCursor": null}
			""";

	@Test
	void returnsThePageUnchanged() {
		backendData.stubFor(get(urlPathEqualTo("/body/measurements")).willReturn(okJson(PAGE)));
		RestTestClientResponse response = call("/api/body/measurements", TestJwts.token("demo", "falcon-api"));
		assertThat(response).hasStatusOk();
		assertThat(response).bodyJson().isStrictlyEqualTo(PAGE);
	}

}

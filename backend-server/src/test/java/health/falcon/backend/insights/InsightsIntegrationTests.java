package health.falcon.backend.insights;

import health.falcon.backend.BackendDataIntegrationSupport;
import health.falcon.testsupport.TestJwts;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.assertj.RestTestClientResponse;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/insights} and {@code /api/insights/{kind}} through the real
 * {@code backend-data} HTTP service group ({@code InsightsClient}) against backend-data
 * stubbed in WireMock: the user's own token, each kind's {@code detail} unchanged
 * whatever its shape, and an {@code ETag}. Problems, 502 and 401 are in
 * {@code RelayIntegrationTests}.
 */
class InsightsIntegrationTests extends BackendDataIntegrationSupport {

	private static final String SLEEP = """
			{"kind": "sleep", "title": "Sleep", "status": "ok", "summary": "You slept 7 h 5 min a night this week.",
			 "formulas": ["efficiency = asleep / in bed"],
			 "inputs": [{"data": "sleep sessions", "from": "2026-02-28", "to": "2026-03-29", "count": 28,
			   "sources": ["fitbit/google-health"]}],
			 "missing": [],
			 "detail": {"last7": {"meanMinutes": 425.5, "efficiency": 91.2}, "nights": [{"date": "2026-03-29",
			   "minutes": 430, "heartRate": null}], "regularity": {"bedtimeSdMinutes": 22.0}}}
			""";

	private static final String INSIGHTS = """
			{"zone": "Europe/Berlin", "today": "2026-03-29", "computedAt": "2026-03-29T06:00:00Z",
			 "insights": [%s,
			   {"kind": "correlations", "title": "Across your data", "status": "insufficient-data",
			    "summary": "Not enough paired days yet.", "formulas": [], "inputs": [],
			    "missing": ["20 days with both sodium and a morning blood pressure"], "detail": null}]}
			""".formatted(SLEEP);

	@Test
	void returnsTheInsightsUnchangedWithTheUsersOwnToken() {
		backendData.stubFor(get(urlPathEqualTo("/insights")).willReturn(okJson(INSIGHTS)));
		String token = TestJwts.token("demo", "falcon-api");
		RestTestClientResponse response = call("/api/insights", token);
		assertThat(response).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		assertThat(response).bodyJson().isStrictlyEqualTo(INSIGHTS);
		assertThat(response).headers().containsHeader(HttpHeaders.ETAG);
		backendData.verify(1, getRequestedFor(urlPathEqualTo("/insights")).withHeader(HttpHeaders.AUTHORIZATION,
				equalTo("Bearer " + token)));
	}

	@Test
	void returnsOneKindUnchanged() {
		backendData.stubFor(get(urlPathEqualTo("/insights/sleep")).willReturn(okJson(SLEEP)));
		RestTestClientResponse response = call("/api/insights/sleep", TestJwts.token("demo", "falcon-api"));
		assertThat(response).hasStatusOk();
		assertThat(response).bodyJson().isStrictlyEqualTo(SLEEP);
	}

}

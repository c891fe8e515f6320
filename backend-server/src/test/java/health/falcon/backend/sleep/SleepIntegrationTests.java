package health.falcon.backend.sleep;

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
 * {@code GET /api/sleep/sessions} through the real {@code backend-data} HTTP service
 * group against backend-data stubbed in WireMock, with tokens from {@link TestJwts}: the
 * browser's parameters and the user's own token reach backend-data, its sleep sessions
 * and its problems come back unchanged. The cases every relayed endpoint shares
 * (problems, 502, 401, the list parameters) are in {@code RelayIntegrationTests}.
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

	@Test
	void returnsThePageUnchanged() {
		backendData.stubFor(get(urlPathEqualTo("/sleep/sessions")).willReturn(okJson(PAGE)));
		RestTestClientResponse response = call("/api/sleep/sessions", TestJwts.token("demo", "falcon-api"));
		assertThat(response).hasStatusOk();
		assertThat(response).bodyJson().isStrictlyEqualTo(PAGE);
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

}

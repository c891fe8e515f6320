package health.falcon.backend.hrv;

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
 * {@code GET /api/hrv/recordings} through the real {@code backend-data} HTTP service
 * group against backend-data stubbed in WireMock, with tokens from {@link TestJwts}: the
 * browser's parameters and the user's own token reach backend-data, its HRV recordings
 * and its problems come back unchanged. The cases every relayed endpoint shares
 * (problems, 502, 401, the list parameters) are in {@code RelayIntegrationTests}.
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

	@Test
	void returnsThePageUnchanged() {
		backendData.stubFor(get(urlPathEqualTo("/hrv/recordings")).willReturn(okJson(PAGE)));
		RestTestClientResponse response = call("/api/hrv/recordings", TestJwts.token("demo", "falcon-api"));
		assertThat(response).hasStatusOk();
		assertThat(response).bodyJson().isStrictlyEqualTo(PAGE);
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

}

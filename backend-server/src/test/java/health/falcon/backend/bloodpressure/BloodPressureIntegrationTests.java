package health.falcon.backend.bloodpressure;

import health.falcon.backend.BackendDataIntegrationSupport;
import health.falcon.testsupport.TestJwts;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.client.assertj.RestTestClientResponse;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/blood-pressure/readings} through the real {@code backend-data} HTTP
 * service group against backend-data stubbed in WireMock, with tokens from
 * {@link TestJwts}: the browser's parameters and the user's own token reach backend-data,
 * its blood-pressure readings and its problems come back unchanged. The cases every
 * relayed endpoint shares (problems, 502, 401, the list parameters) are in
 * {@code RelayIntegrationTests}.
 */
class BloodPressureIntegrationTests extends BackendDataIntegrationSupport {

	private static final String PAGE = """
			{"items": [{"id": "demo:2026-03-10T06:30:00Z:ab12:2",
			"time": {"instant": "2026-03-10T06:30:00Z", "localDate": "2026-03-10", "offset": "+01:00",
			"zoneId": "Europe/Berlin", "zoneAssumed": true}, "systolic": 128, "diastolic": 82,
			"pulse": null, "source": {"provider": "dropbox", "channel": "upload", "file": "omron.csv",
			"format": "OMRON_CONNECT", "receivedAt": null}}], "nextCursor": null}
			""";

	@Test
	void returnsThePageUnchanged() {
		backendData.stubFor(get(urlPathEqualTo("/blood-pressure/readings")).willReturn(okJson(PAGE)));
		RestTestClientResponse response = call("/api/blood-pressure/readings", TestJwts.token("demo", "falcon-api"));
		assertThat(response).hasStatusOk();
		assertThat(response).bodyJson().isStrictlyEqualTo(PAGE);
	}

}

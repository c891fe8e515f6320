package health.falcon.devstack.sandbox.fitbitexport;

import java.util.Map;

import health.falcon.devstack.sandbox.common.TestClock;
import health.falcon.devstack.sandbox.common.TestClockConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(properties = { "falcon.sandbox.strava.client-id=12345",
		"falcon.sandbox.strava.client-secret=test-secret", "falcon.sandbox.google-health.client-id=test-google-client",
		"falcon.sandbox.google-health.client-secret=test-google-secret",
		"falcon.sandbox.google-health.quota.requests-per-minute=100000" })
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
class FitbitExportControllerIntegrationTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private TestClock clock;

	@Test
	void downloadsAnExportEndingYesterday() throws Exception {
		this.clock.set(TestClock.START);
		MvcTestResult result = this.mvc.get()
			.uri("/google-health/sandbox/fitbit-export.zip?days=2&layout=takeout")
			.exchange();
		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getContentType()).isEqualTo("application/zip");
		Map<String, byte[]> entries = FitbitExportGeneratorTests.unzip(result.getResponse().getContentAsByteArray());
		assertThat(entries).containsKeys("Takeout/Fitbit/Global Export Data/heart_rate-2026-11-19.json",
				"Takeout/Fitbit/Global Export Data/heart_rate-2026-11-18.json");
		assertThat(this.mvc.get().uri("/google-health/sandbox/fitbit-export.zip?layout=zip").exchange()).hasStatus(400);
	}

}

package health.falcon.devstack.sandbox.strava;

import java.time.Instant;

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
		"falcon.sandbox.strava.client-secret=test-secret", "falcon.sandbox.strava.rate-limits.quarter-hour=4",
		"falcon.sandbox.strava.rate-limits.daily=8", "falcon.sandbox.strava.rate-limits.read-quarter-hour=3",
		"falcon.sandbox.strava.rate-limits.read-daily=6" })
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
class StravaRateLimitIntegrationTests {

	private static final String ACTIVITIES = "/strava/api/v3/athlete/activities";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private TestClock clock;

	@Test
	void countsPerQuarterHourAndDayAndRefusesWith429OverTheLimit() {
		this.clock.set(Instant.parse("2026-11-20T12:00:00Z"));
		String token = new StravaFlow(this.mvc).accessToken(StravaFlow.DANA, "activity:read");
		for (int i = 1; i <= 3; i++) {
			MvcTestResult result = this.mvc.get().uri(ACTIVITIES).header("Authorization", "Bearer " + token).exchange();
			assertThat(result).hasStatusOk();
			assertThat(result.getResponse().getHeader("X-RateLimit-Usage")).isEqualTo(i + "," + i);
			assertThat(result.getResponse().getHeader("X-ReadRateLimit-Limit")).isEqualTo("3,6");
			assertThat(result.getResponse().getHeader("X-RateLimit-Limit")).isEqualTo("4,8");
		}
		this.clock.set(Instant.parse("2026-11-20T12:14:59Z"));
		MvcTestResult refused = this.mvc.get().uri(ACTIVITIES).header("Authorization", "Bearer " + token).exchange();
		assertThat(refused).hasStatus(429)
			.bodyJson()
			.isStrictlyEqualTo(
					"""
							{"message":"Rate Limit Exceeded","errors":[{"resource":"Application","field":"rate limit","code":"exceeded"}]}""");
		assertThat(refused.getResponse().getHeader("X-ReadRateLimit-Usage")).isEqualTo("4,4");
		assertThat(refused.getResponse().getHeader("Retry-After")).isNull();

		this.clock.set(Instant.parse("2026-11-20T12:15:00Z"));
		MvcTestResult nextWindow = this.mvc.get().uri(ACTIVITIES).header("Authorization", "Bearer " + token).exchange();
		assertThat(nextWindow).hasStatusOk();
		assertThat(nextWindow.getResponse().getHeader("X-RateLimit-Usage")).isEqualTo("1,5");
		this.mvc.get().uri(ACTIVITIES).exchange();
		assertThat(this.mvc.get().uri(ACTIVITIES).exchange()).hasStatus(429);

		this.clock.set(Instant.parse("2026-11-21T00:00:00Z"));
		// a new UTC day (the token has expired by now: rejected calls count too)
		assertThat(this.mvc.get().uri(ACTIVITIES).header("Authorization", "Bearer " + token).exchange()).hasStatus(401)
			.headers()
			.hasValue("X-RateLimit-Usage", "1,1");
	}

}

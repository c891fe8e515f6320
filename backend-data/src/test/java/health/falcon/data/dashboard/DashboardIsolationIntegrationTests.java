package health.falcon.data.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

import health.falcon.data.IsolationIntegrationSupport;
import health.falcon.data.stored.Activities;
import health.falcon.data.stored.BloodPressureReadings;
import health.falcon.data.stored.Connections;
import health.falcon.data.stored.DailyActivities;
import health.falcon.data.stored.HeartRateDays;
import health.falcon.data.stored.SleepSessions;
import health.falcon.testsupport.TestJwts;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.assertj.RestTestClientResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /dashboard} over HTTP against mongo-java-server with tokens from
 * {@link TestJwts}: each user sees only their own data, a user without data gets every
 * section {@code null} or empty (never a 500), and there is no answer without a token.
 */
class DashboardIsolationIntegrationTests extends IsolationIntegrationSupport {

	private static final ZoneId UTC = ZoneOffset.UTC;

	@Test
	void neverShowsOneUserAnothersDashboard() {
		LocalDate today = LocalDate.now(UTC);
		Instant start = today.atStartOfDay(UTC).toInstant();
		DailyActivities.write(this.template, "demo", today, 4000L, null);
		DailyActivities.write(this.template, "alex", today, 15000L, 3100.0);
		HeartRateDays.resting(this.template, "alex", today, 48);
		SleepSessions.write(this.template, "alex", start, start.plusSeconds(3600), today, true, Map.of("deep", 20));
		BloodPressureReadings.write(this.template, "alex", start, UTC, 140, 90, 70, false);
		Activities.write(this.template, "alex", "1", "RIDE", start, UTC, 40000.0, 5400L, 900.0, false);
		Connections.write(this.template, "alex", "fitbit", "ACTIVE", start);
		RestTestClientResponse demo = get("demo");
		assertThat(demo).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		assertThat(demo).bodyJson().extractingPath("$.steps.today").isEqualTo(4000.0);
		assertThat(demo).bodyJson().extractingPath("$.restingHeartRate").isNull();
		assertThat(demo).bodyJson().extractingPath("$.sleep").isNull();
		assertThat(demo).bodyJson().extractingPath("$.bloodPressure").isNull();
		assertThat(demo).bodyJson().extractingPath("$.activities.last30").asArray().isEmpty();
		assertThat(demo).bodyJson().extractingPath("$.sources").asArray().isEmpty();
		RestTestClientResponse alex = get("alex");
		assertThat(alex).bodyJson().extractingPath("$.steps.today").isEqualTo(15000.0);
		assertThat(alex).bodyJson().extractingPath("$.bloodPressure.systolic").isEqualTo(140);
		assertThat(alex).bodyJson().extractingPath("$.sources[0].provider").isEqualTo("fitbit");
	}

	@Test
	void answersAUserWithoutDataWithEmptySections() {
		RestTestClientResponse sam = get("sam");
		assertThat(sam).hasStatusOk();
		assertThat(sam).bodyJson().isStrictlyEqualTo("""
				{"zone": "UTC", "today": "%s", "restingHeartRate": null, "bloodPressure": null, "sleep": null,
				 "steps": null, "caloriesIn": null, "caloriesOut": null, "activities": {"last7": [], "last30": []},
				 "sources": []}
				""".formatted(LocalDate.now(UTC)));
	}

	@Test
	void rejectsRequestsWithoutToken() {
		RestTestClientResponse response = RestTestClientResponse.from(this.client.get().uri("/dashboard").exchange());
		assertThat(response).hasStatus(401).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	private RestTestClientResponse get(String user) {
		return get("/dashboard", user);
	}

}

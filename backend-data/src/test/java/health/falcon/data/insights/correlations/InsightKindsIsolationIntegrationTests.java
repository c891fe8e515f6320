package health.falcon.data.insights.correlations;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import health.falcon.data.IsolationIntegrationSupport;
import health.falcon.data.stored.BodyMeasurements;
import health.falcon.data.stored.DailyActivities;
import health.falcon.data.stored.NutritionDays;
import health.falcon.data.stored.SleepSessions;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.client.assertj.RestTestClientResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The energy-balance, sleep and correlations insights over HTTP with the whole
 * application (every {@code DailySignal} bean wired into the correlations), two users on
 * one in-memory MongoDB: one user's data never appears in another's insights.
 */
class InsightKindsIsolationIntegrationTests extends IsolationIntegrationSupport {

	@Test
	void neverComputesOneUsersInsightsFromAnothersData() {
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		for (int day = 0; day < 25; day++) {
			LocalDate date = today.minusDays(day);
			NutritionDays.diary(this.template, "alex", date, Map.of("kcal", 2000.0 + day, "sugarG", 30.0 + day), null);
			DailyActivities.write(this.template, "alex", date, 8000L, 2400.0);
			SleepSessions.write(this.template, "alex", date.atTime(0, 30).toInstant(ZoneOffset.UTC),
					date.atTime(7, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC, date, Map.of("light", 360, "wake", 30),
					SleepSessions.GOOGLE_HEALTH);
		}
		BodyMeasurements.write(this.template, "alex", today, 80.0, null);
		RestTestClientResponse alex = get("/insights", "alex");
		assertThat(alex).hasStatusOk();
		assertThat(alex).bodyJson()
			.extractingPath("$.insights[?(@.kind == 'energy-balance')].status")
			.asArray()
			.containsExactly("ok");
		assertThat(alex).bodyJson()
			.extractingPath("$.insights[?(@.kind == 'sleep')].status")
			.asArray()
			.containsExactly("ok");
		assertThat(alex).bodyJson()
			.extractingPath("$.insights[?(@.kind == 'correlations')].detail.pairs[?(@.x == 'sugar' && @.y == "
					+ "'sleep-efficiency')].lags[0].n")
			.asArray()
			.containsExactly(25);
		for (String kind : new String[] { "energy-balance", "sleep", "correlations" }) {
			RestTestClientResponse sam = get("/insights/" + kind, "sam");
			assertThat(sam).hasStatusOk();
			assertThat(sam).bodyJson().extractingPath("$.status").isEqualTo("insufficient-data");
			assertThat(sam).bodyJson()
				.extractingPath("$.inputs[*].count")
				.asArray()
				.allSatisfy((count) -> assertThat(count).isEqualTo(0));
		}
	}

}

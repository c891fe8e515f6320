package health.falcon.data.insights.training;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import health.falcon.data.IsolationIntegrationSupport;
import health.falcon.data.stored.ActivitiesWithHeartRate;
import health.falcon.data.stored.HeartRateDays;
import health.falcon.data.stored.HrvRecordings;
import health.falcon.documents.settings.UserSettingsCollection;
import health.falcon.model.Source;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.web.servlet.client.assertj.RestTestClientResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /insights/training-load} and {@code GET /insights/baselines} over HTTP: the
 * JSON of {@code detail} as the cache stores and answers it, and two users who never see
 * each other's load or baselines.
 */
@Import(TrainingLoadIntegrationTests.FixedClock.class)
class TrainingLoadIntegrationTests extends IsolationIntegrationSupport {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static final Source GOOGLE_HEALTH = new Source("fitbit", "google-health:heart-rate", "run-1",
			Instant.parse("2026-11-01T00:00:00Z"));

	@Test
	void answersTheTrainingLoadAsJsonToItsOwnerOnly() {
		this.template.save(
				new Document("_id", "demo").append(UserSettingsCollection.TIME_ZONE, "Europe/Berlin")
					.append(UserSettingsCollection.HEART_RATE, new Document("max", 190).append("resting", 50)),
				UserSettingsCollection.COLLECTION);
		Instant start = Instant.parse("2026-03-29T00:30:00Z");
		ActivitiesWithHeartRate.write(this.template, "demo", "1", start, BERLIN, 600, 600, 150.0, 170.0);
		Map<Instant, Integer> samples = new LinkedHashMap<>();
		for (int i = 0; i < 10; i++) {
			samples.put(start.plusSeconds(i * 60L), 140);
		}
		HeartRateDays.samples(this.template, "demo", samples, BERLIN, GOOGLE_HEALTH);
		ActivitiesWithHeartRate.write(this.template, "demo", "2", Instant.parse("2026-03-30T16:00:00Z"), BERLIN, 1800,
				1800, null, null);
		RestTestClientResponse demo = get("/insights/training-load", "demo");
		assertThat(demo).hasStatusOk();
		assertThat(demo).bodyJson().extractingPath("$.status").isEqualTo("ok");
		assertThat(demo).bodyJson().extractingPath("$.detail.from").isEqualTo("2026-01-01");
		assertThat(demo).bodyJson().extractingPath("$.detail.heartRate.max.from").isEqualTo("settings");
		assertThat(demo).bodyJson().extractingPath("$.detail.heartRate.estimated").isEqualTo(false);
		assertThat(demo).bodyJson().extractingPath("$.detail.model.warmUpFrom").isEqualTo("2025-08-28");
		// newest first: the run without heart rate, then the spring-forward night's, 10 ×
		// 1.413637
		assertThat(demo).bodyJson().extractingPath("$.detail.activities[0].hrSource").isEqualTo("none");
		assertThat(demo).bodyJson().extractingPath("$.detail.activities[0].trimp").isNull();
		assertThat(demo).bodyJson().extractingPath("$.detail.activities[1].date").isEqualTo("2026-03-29");
		assertThat(demo).bodyJson().extractingPath("$.detail.activities[1].hrSource").isEqualTo("intraday");
		assertThat(demo).bodyJson().extractingPath("$.detail.activities[1].trimp").isEqualTo(14.14);
		assertThat(demo).bodyJson().extractingPath("$.detail.days[1].load").isNull();
		assertThat(demo).bodyJson()
			.extractingPath("$.detail.series[*].date")
			.asArray()
			.containsExactly("2026-03-29", "2026-03-30", "2026-03-31");
		assertThat(demo).bodyJson().extractingPath("$.detail.current.date").isEqualTo("2026-03-31");
		RestTestClientResponse alex = get("/insights/training-load", "alex");
		assertThat(alex).hasStatusOk();
		assertThat(alex).bodyJson().extractingPath("$.status").isEqualTo("insufficient-data");
		assertThat(alex).bodyJson().extractingPath("$.detail").isNull();
	}

	@Test
	void answersTheBaselinesAsJsonToTheirOwnerOnly() {
		LocalDate day = LocalDate.parse("2026-01-01");
		for (int i = 0; !day.isAfter(LocalDate.parse("2026-03-31")); i++, day = day.plusDays(1)) {
			HeartRateDays.resting(this.template, "demo", day, (i % 2 == 0) ? 50 : 54);
			HrvRecordings.write(this.template, "demo", "sha-" + day, day.atTime(7, 0).atZone(BERLIN).toInstant(),
					BERLIN, (i % 2 == 0) ? 40.0 : 50.0, 41.0);
		}
		RestTestClientResponse demo = get("/insights/baselines", "demo");
		assertThat(demo).hasStatusOk();
		assertThat(demo).bodyJson().extractingPath("$.status").isEqualTo("ok");
		assertThat(demo).bodyJson().extractingPath("$.detail.baselineFrom").isEqualTo("2026-01-24");
		assertThat(demo).bodyJson().extractingPath("$.detail.restingHeartRate.range.mean").isEqualTo(52.0);
		assertThat(demo).bodyJson().extractingPath("$.detail.restingHeartRate.flag").isEqualTo("within");
		assertThat(demo).bodyJson().extractingPath("$.detail.rmssd.unit").isEqualTo("ln(ms)");
		assertThat(demo).bodyJson().extractingPath("$.detail.rmssd.days.length()").isEqualTo(14);
		assertThat(demo).bodyJson().extractingPath("$.detail.recovery.flagged").isEqualTo(false);
		RestTestClientResponse alex = get("/insights/baselines", "alex");
		assertThat(alex).hasStatusOk();
		assertThat(alex).bodyJson().extractingPath("$.status").isEqualTo("insufficient-data");
		assertThat(alex).bodyJson().extractingPath("$.inputs[*].count").asArray().containsOnly(0);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class FixedClock {

		@Bean
		@Primary
		Clock fixedClock() {
			return Clock.fixed(Instant.parse("2026-03-31T10:00:00Z"), BERLIN);
		}

	}

}

package health.falcon.data.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import health.falcon.data.MongoSliceSupport;
import health.falcon.data.api.Dashboard.DataFreshness;
import health.falcon.data.api.Dashboard.SourceFreshness;
import health.falcon.data.api.Dashboard.SportVolume;
import health.falcon.data.api.Dashboard;
import health.falcon.data.precedence.PrecedenceProperties;
import health.falcon.data.stored.Activities;
import health.falcon.data.stored.BloodPressureReadings;
import health.falcon.data.stored.Connections;
import health.falcon.data.stored.DailyActivities;
import health.falcon.data.stored.HeartRateDays;
import health.falcon.data.stored.HrvRecordings;
import health.falcon.data.stored.NutritionDays;
import health.falcon.data.stored.SleepSessions;
import health.falcon.documents.heartrate.HeartRateDaysCollection;
import health.falcon.documents.settings.UserSettingsCollection;
import health.falcon.documents.settings.UserZones;
import health.falcon.testsupport.MutableClock;
import org.bson.BsonDocument;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link DashboardService} and its repositories against an in-process mongo-java-server,
 * with documents in the shapes their writers store (the writers of
 * {@code health.falcon.data.stored}); "today" and the periods in the user's zone, also on
 * both daylight-saving days of 2026 in Europe/Berlin.
 */
@Import({ DailyDocumentsRepository.class, RecordsRepository.class, FreshnessRepository.class, UserZones.class,
		DashboardService.class, DashboardServiceTests.ClockConfiguration.class })
@EnableConfigurationProperties(PrecedenceProperties.class)
class DashboardServiceTests extends MongoSliceSupport {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	/** Berlin's spring-forward day, 23 hours long. */
	private static final LocalDate SPRING = LocalDate.parse("2026-03-29");

	/** Berlin's fall-back day, 25 hours long. */
	private static final LocalDate FALL = LocalDate.parse("2026-10-25");

	@Autowired
	private DashboardService service;

	@Autowired
	private MutableClock clock;

	@Autowired
	private MongoCommands commands;

	@BeforeEach
	void clean() {
		zone("demo", "Europe/Berlin");
		// 00:30 on the spring-forward day in Berlin, still 2026-03-28 in UTC
		this.clock.set(Instant.parse("2026-03-28T23:30:00Z"));
	}

	@Test
	void answersAnEmptyUserWithEmptySections() {
		Dashboard dashboard = this.service.dashboard("sam");
		assertThat(dashboard.zone()).isEqualTo("UTC");
		assertThat(dashboard.today()).isEqualTo(LocalDate.parse("2026-03-28"));
		assertThat(dashboard.restingHeartRate()).isNull();
		assertThat(dashboard.bloodPressure()).isNull();
		assertThat(dashboard.sleep()).isNull();
		assertThat(dashboard.steps()).isNull();
		assertThat(dashboard.caloriesIn()).isNull();
		assertThat(dashboard.caloriesOut()).isNull();
		assertThat(dashboard.activities().last7()).isEmpty();
		assertThat(dashboard.activities().last30()).isEmpty();
		assertThat(dashboard.sources()).isEmpty();
	}

	@Test
	void takesTodayAndThePeriodsInTheUsersZoneOnTheSpringForwardDay() {
		DailyActivities.write(this.template, "demo", SPRING, 5000L, 2100.0);
		DailyActivities.write(this.template, "demo", SPRING.minusDays(6), 7000L, null);
		DailyActivities.write(this.template, "demo", SPRING.minusDays(7), 9000L, 2500.0);
		DailyActivities.write(this.template, "demo", SPRING.minusDays(29), 1000L, null);
		DailyActivities.write(this.template, "demo", SPRING.minusDays(30), 99999L, 9999.0);
		Dashboard dashboard = this.service.dashboard("demo");
		assertThat(dashboard.zone()).isEqualTo("Europe/Berlin");
		assertThat(dashboard.today()).isEqualTo(SPRING);
		Dashboard.DailySums steps = dashboard.steps();
		assertThat(steps).isNotNull();
		assertThat(steps.today()).isEqualTo(5000.0);
		assertThat(steps.last7()).isEqualTo(new Dashboard.Sum(SPRING.minusDays(6), SPRING, 12000, 6000, 2));
		assertThat(steps.last30()).isEqualTo(new Dashboard.Sum(SPRING.minusDays(29), SPRING, 22000, 5500, 4));
		assertThat(steps.source()).isEqualTo("fitbit/google-health");
		Dashboard.DailySums out = dashboard.caloriesOut();
		assertThat(out).isNotNull();
		assertThat(out.last7()).isEqualTo(new Dashboard.Sum(SPRING.minusDays(6), SPRING, 2100, 2100, 1));
		assertThat(out.last30()).isEqualTo(new Dashboard.Sum(SPRING.minusDays(29), SPRING, 4600, 2300, 2));
	}

	@Test
	void movesTodayAtBerlinsMidnightNotUtcsOnTheFallBackDay() {
		DailyActivities.write(this.template, "demo", FALL, 4000L, null);
		DailyActivities.write(this.template, "demo", FALL.plusDays(1), 100L, null);
		// 00:30 on 25 October in Berlin (summer time), still the 24th in UTC
		this.clock.set(Instant.parse("2026-10-24T22:30:00Z"));
		assertThat(this.service.dashboard("demo").today()).isEqualTo(FALL);
		// 23:59:59 after 25 hours, winter time: still the 25th
		this.clock.set(Instant.parse("2026-10-25T22:59:59Z"));
		Dashboard late = this.service.dashboard("demo");
		assertThat(late.today()).isEqualTo(FALL);
		assertThat(late.steps().today()).isEqualTo(4000.0);
		assertThat(late.steps().last7().total()).isEqualTo(4000.0);
		// midnight in Berlin, 23:00 in UTC: the 26th
		this.clock.set(Instant.parse("2026-10-25T23:00:00Z"));
		Dashboard next = this.service.dashboard("demo");
		assertThat(next.today()).isEqualTo(FALL.plusDays(1));
		assertThat(next.steps().today()).isEqualTo(100.0);
		assertThat(next.steps().last7().total()).isEqualTo(4100.0);
	}

	@Test
	void comparesTheRestingHeartRatesMeansWithThePeriodsBefore() {
		for (int day = 0; day < 60; day++) {
			HeartRateDays.resting(this.template, "demo", SPRING.minusDays(day), (day < 30) ? 60 : 66);
		}
		HeartRateDays.resting(this.template, "demo", SPRING, 57);
		HeartRateDays.resting(this.template, "demo", SPRING.minusDays(60), 99);
		Dashboard.RestingHeartRate resting = this.service.dashboard("demo").restingHeartRate();
		assertThat(resting).isNotNull();
		assertThat(resting.latest()).isEqualTo(57);
		assertThat(resting.latestDate()).isEqualTo(SPRING);
		assertThat(resting.last7()).isEqualTo(new Dashboard.Trend(SPRING.minusDays(6), SPRING, 59.6, 7, 60.0, -0.4));
		assertThat(resting.last30()).isEqualTo(new Dashboard.Trend(SPRING.minusDays(29), SPRING, 59.9, 30, 66.0, -6.1));
		assertThat(resting.source()).isEqualTo("fitbit/google-health");
	}

	@Test
	void leavesTheTrendUnknownWithoutAPreviousPeriod() {
		HeartRateDays.resting(this.template, "demo", SPRING.minusDays(2), 58);
		HeartRateDays.firstHour(this.template, "demo", SPRING, BERLIN);
		Dashboard.RestingHeartRate resting = this.service.dashboard("demo").restingHeartRate();
		assertThat(resting.latest()).isEqualTo(58);
		assertThat(resting.latestDate()).isEqualTo(SPRING.minusDays(2));
		assertThat(resting.last7().previousMean()).isNull();
		assertThat(resting.last7().change()).isNull();
	}

	@Test
	void showsTheMainSleepOfTheLatestNightWithinTwoDays() {
		Instant start = Instant.parse("2026-03-28T22:00:00Z");
		SleepSessions.write(this.template, "demo", start, start.plusSeconds(7 * 3600 + 15 * 60), SPRING, true,
				Map.of("deep", 70, "light", 230, "rem", 100, "wake", 35));
		SleepSessions.write(this.template, "demo", Instant.parse("2026-03-28T13:00:00Z"),
				Instant.parse("2026-03-28T13:40:00Z"), SPRING.minusDays(1), false, Map.of("asleep", 40));
		Dashboard.Sleep sleep = this.service.dashboard("demo").sleep();
		assertThat(sleep).isNotNull();
		assertThat(sleep.dateOfSleep()).isEqualTo(SPRING);
		assertThat(sleep.start()).isEqualTo(start);
		assertThat(sleep.durationMinutes()).isEqualTo(435);
		assertThat(sleep.minutesAsleep()).isEqualTo(400);
		assertThat(sleep.efficiency()).isEqualTo(93);
		assertThat(sleep.stages()).containsExactly(Map.entry("deep", 70), Map.entry("light", 230),
				Map.entry("rem", 100), Map.entry("wake", 35));
		assertThat(sleep.source()).isEqualTo("fitbit/google-health");
	}

	@Test
	void showsNoSleepWhenTheLatestNightIsOlderThanTwoDays() {
		Instant start = Instant.parse("2026-03-25T22:00:00Z");
		SleepSessions.write(this.template, "demo", start, start.plusSeconds(8 * 3600), SPRING.minusDays(3), true,
				Map.of());
		assertThat(this.service.dashboard("demo").sleep()).isNull();
		SleepSessions.write(this.template, "demo", start.plusSeconds(86400), start.plusSeconds(86400 + 3600),
				SPRING.minusDays(2), true, Map.of());
		assertThat(this.service.dashboard("demo").sleep().dateOfSleep()).isEqualTo(SPRING.minusDays(2));
	}

	@Test
	void showsTheLatestBloodPressureButNotARowOfAFileDeletedInDropbox() {
		BloodPressureReadings.write(this.template, "demo", Instant.parse("2026-03-20T07:00:00Z"), BERLIN, 121, 79, null,
				false);
		BloodPressureReadings.write(this.template, "demo", Instant.parse("2026-03-27T07:00:00Z"), BERLIN, 118, 76, 61,
				false);
		BloodPressureReadings.write(this.template, "demo", Instant.parse("2026-03-28T07:00:00Z"), BERLIN, 150, 95, 80,
				true);
		assertThat(this.service.dashboard("demo").bloodPressure()).isEqualTo(new Dashboard.BloodPressure(118, 76, 61,
				Instant.parse("2026-03-27T07:00:00Z"), LocalDate.parse("2026-03-27"), "dropbox/upload"));
	}

	@Test
	void prefersTheDiaryChannelOverTheExportForCaloriesIn() {
		NutritionDays.export(this.template, "demo", SPRING, 1800);
		NutritionDays.diary(this.template, "demo", SPRING, 2000);
		NutritionDays.export(this.template, "demo", SPRING.minusDays(1), 2400);
		NutritionDays.diary(this.template, "demo", SPRING.minusDays(40), 5000);
		Dashboard.DailySums in = this.service.dashboard("demo").caloriesIn();
		assertThat(in).isNotNull();
		assertThat(in.today()).isEqualTo(2000.0);
		assertThat(in.last7()).isEqualTo(new Dashboard.Sum(SPRING.minusDays(6), SPRING, 4400, 2200, 2));
		assertThat(in.source()).isEqualTo("myfitnesspal/diary,myfitnesspal/export");
	}

	@Test
	void sumsActivitiesBySportAndLeavesUnknownEnergyUnknown() {
		Instant now = this.clock.instant();
		Activities.write(this.template, "demo", "1", "RUN", now.minusSeconds(86400), BERLIN, 10000.0, 3000L, null,
				false);
		Activities.write(this.template, "demo", "2", "RUN", now.minusSeconds(3 * 86400), BERLIN, 5000.0, 1500L, null,
				false);
		Activities.write(this.template, "demo", "3", "RIDE", now.minusSeconds(20 * 86400), BERLIN, 40000.0, 5400L,
				900.0, false);
		Activities.write(this.template, "demo", "4", "RIDE", now.minusSeconds(21 * 86400), BERLIN, 30000.0, 3600L, null,
				false);
		Activities.write(this.template, "demo", "5", "WORKOUT", now.minusSeconds(2 * 86400), BERLIN, null, 1800L, 250.0,
				false);
		Activities.write(this.template, "demo", "6", "RUN", now.minusSeconds(2 * 86400), BERLIN, 8000.0, 2400L, 500.0,
				true);
		Activities.write(this.template, "demo", "7", "RUN", now.minusSeconds(40 * 86400), BERLIN, 8000.0, 2400L, 500.0,
				false);
		Dashboard.Activities activities = this.service.dashboard("demo").activities();
		assertThat(activities.last7()).containsExactly(new SportVolume("RUN", 2, 15000.0, 4500L, null, 0),
				new SportVolume("WORKOUT", 1, null, 1800L, 250.0, 1));
		assertThat(activities.last30()).containsExactly(new SportVolume("RIDE", 2, 70000.0, 9000L, 900.0, 1),
				new SportVolume("RUN", 2, 15000.0, 4500L, null, 0),
				new SportVolume("WORKOUT", 1, null, 1800L, 250.0, 1));
	}

	@Test
	void showsEveryConnectionsFreshnessPerKindOfData() {
		Instant synced = Instant.parse("2026-03-28T21:00:00Z");
		Connections.write(this.template, "demo", "fitbit", "ACTIVE", synced);
		Connections.write(this.template, "demo", "strava", "NEEDS_RECONNECT", null);
		Connections.write(this.template, "demo", "dropbox", "ACTIVE", synced);
		HeartRateDays.firstHour(this.template, "demo", SPRING.minusDays(90), BERLIN);
		HeartRateDays.resting(this.template, "demo", SPRING, 58);
		DailyActivities.write(this.template, "demo", SPRING.minusDays(1), 100L, null);
		Instant start = Instant.parse("2026-03-28T22:00:00Z");
		SleepSessions.write(this.template, "demo", start, start.plusSeconds(3600), SPRING, true, Map.of());
		Activities.write(this.template, "demo", "1", "RUN", Instant.parse("2026-01-10T08:00:00Z"), BERLIN, 1.0, 1L,
				null, false);
		HrvRecordings.write(this.template, "demo", Instant.parse("2026-03-27T06:00:00Z"), BERLIN);
		List<SourceFreshness> sources = this.service.dashboard("demo").sources();
		assertThat(sources).extracting(SourceFreshness::provider).containsExactly("dropbox", "fitbit", "strava");
		assertThat(sources.get(0).data()).containsExactly(new DataFreshness("blood-pressure", null, null),
				new DataFreshness("hrv", LocalDate.parse("2026-03-27"), Instant.parse("2026-03-27T06:00:00Z")));
		SourceFreshness fitbit = sources.get(1);
		assertThat(fitbit.status()).isEqualTo("ACTIVE");
		assertThat(fitbit.lastSuccessfulSyncAt()).isEqualTo(synced);
		assertThat(fitbit.lastRunStatus()).isEqualTo("SUCCEEDED");
		assertThat(fitbit.data()).containsExactly(new DataFreshness("heart-rate", SPRING.minusDays(90), null),
				new DataFreshness("daily-activity", SPRING.minusDays(1), null),
				new DataFreshness("sleep", SPRING, start.plusSeconds(3600)));
		SourceFreshness strava = sources.get(2);
		assertThat(strava.status()).isEqualTo("NEEDS_RECONNECT");
		assertThat(strava.lastSuccessfulSyncAt()).isNull();
		assertThat(strava.data()).containsExactly(
				new DataFreshness("activities", LocalDate.parse("2026-01-10"), Instant.parse("2026-01-10T08:00:00Z")));
	}

	@Test
	void neverShowsOneUserAnothersData() {
		// an id that starts like demo's _id prefix, so only the userId condition keeps it
		// out
		String other = "demo:2026";
		Instant start = Instant.parse("2026-03-28T22:00:00Z");
		for (String user : List.of("alex", other)) {
			zone(user, "Europe/Berlin");
			DailyActivities.write(this.template, user, SPRING, 12345L, 3000.0);
			HeartRateDays.resting(this.template, user, SPRING, 50);
			HeartRateDays.firstHour(this.template, user, SPRING, BERLIN);
			SleepSessions.write(this.template, user, start, start.plusSeconds(3600), SPRING, true, Map.of());
			BloodPressureReadings.write(this.template, user, start, BERLIN, 130, 85, 70, false);
			NutritionDays.diary(this.template, user, SPRING, 2500);
			Activities.write(this.template, user, "9", "RUN", start, BERLIN, 1000.0, 300L, 50.0, false);
			Connections.write(this.template, user, "fitbit", "ACTIVE", start);
		}
		HrvRecordings.write(this.template, "alex", start, BERLIN);
		Dashboard demo = this.service.dashboard("demo");
		assertThat(demo).isEqualTo(new Dashboard("Europe/Berlin", SPRING, null, null, null, null, null, null,
				new Dashboard.Activities(List.of(), List.of()), List.of()));
		Dashboard alex = this.service.dashboard("alex");
		assertThat(alex.steps().today()).isEqualTo(12345.0);
		assertThat(alex.sources()).hasSize(1);
	}

	@Test
	void readsABoundedNumberOfProjectedDocumentsAndNeverTheHeartRateSamples() {
		Instant synced = Instant.parse("2026-03-28T21:00:00Z");
		for (String provider : List.of("fitbit", "strava", "dropbox", "myfitnesspal")) {
			Connections.write(this.template, "demo", provider, "ACTIVE", synced);
		}
		for (int day = 0; day < 60; day++) {
			HeartRateDays.firstHour(this.template, "demo", SPRING.minusDays(day), BERLIN);
			HeartRateDays.resting(this.template, "demo", SPRING.minusDays(day), 60);
		}
		this.commands.clear();
		this.service.dashboard("demo");
		List<BsonDocument> reads = this.commands.reads();
		// the zone, the periods (8 with the connections), one per kind without data in
		// them
		assertThat(reads).hasSizeLessThanOrEqualTo(14);
		assertThat(reads)
			.filteredOn((command) -> command.containsKey("find")
					&& command.getString("find").getValue().equals(HeartRateDaysCollection.COLLECTION))
			.isNotEmpty()
			.allSatisfy((command) -> {
				BsonDocument projection = command.getDocument("projection");
				assertThat(projection.keySet()).doesNotContain(HeartRateDaysCollection.SAMPLES,
						HeartRateDaysCollection.ROLLUPS);
				assertThat(projection.values()).allSatisfy((value) -> assertThat(value.asNumber().intValue()).isOne());
			});
		assertThat(reads).allSatisfy((command) -> assertThat(command.toJson()).contains("demo"));
	}

	private void zone(String userId, String zone) {
		this.template.save(new Document("_id", userId).append(UserSettingsCollection.TIME_ZONE, zone),
				UserSettingsCollection.COLLECTION);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class ClockConfiguration {

		@Bean
		MutableClock clock() {
			return new MutableClock(Instant.parse("2026-03-28T23:30:00Z"));
		}

		@Bean
		MongoCommands mongoCommands() {
			return new MongoCommands();
		}

		@Bean
		MongoClientSettingsBuilderCustomizer recordCommands(MongoCommands commands) {
			return (settings) -> settings.addCommandListener(commands);
		}

	}

}

package health.falcon.data.insights.training;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import health.falcon.data.MongoSliceSupport;
import health.falcon.data.api.Insight;
import health.falcon.data.insights.DailySignal;
import health.falcon.data.insights.DailyValues;
import health.falcon.data.insights.InsightRequest;
import health.falcon.data.stored.ActivitiesWithHeartRate;
import health.falcon.data.stored.HeartRateDays;
import health.falcon.documents.settings.UserSettingsCollection;
import health.falcon.model.Source;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

/**
 * The {@code training-load} insight and signal on mongo-java-server, with activities,
 * heart-rate days and settings written as fitness-service, fitbit-service and
 * backend-server write them. TRIMPs with HRmax 190 and HRrest 50: a minute at 140 bpm is
 * HRr = 90/140 = 0.642857, 0.642857 × 0.64 × e^(1.92 × 0.642857) = 0.411429 × 3.435907 =
 * 1.413637; an hour at 150 bpm is 108.095 (see {@link TrimpFormulaTests}).
 */
@Import({ TrainingLoadCalculator.class, TrainingLoadService.class, TrainingRepository.class,
		TrainingLoadSignalConfiguration.class })
class TrainingLoadCalculatorTests extends MongoSliceSupport {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static final LocalDate TODAY = LocalDate.parse("2026-03-31");

	private static final Source GOOGLE_HEALTH = new Source("fitbit", "google-health:heart-rate", "run-1",
			Instant.parse("2026-11-01T00:00:00Z"));

	private static final double MINUTE_AT_140 = 1.413637;

	@Autowired
	private TrainingLoadCalculator calculator;

	@Autowired
	@Qualifier("trainingLoadSignal")
	private DailySignal signal;

	@Test
	void usesTheIntradayHeartRateOfTheActivitysSpan() {
		settings("demo", 190, 50);
		Instant start = Instant.parse("2026-03-10T07:00:00Z");
		// the average says 100 bpm, the minutes say 140: the minutes win
		ActivitiesWithHeartRate.write(this.template, "demo", "1", start, BERLIN, 600, 600, 100.0, 160.0);
		HeartRateDays.samples(this.template, "demo", minutes(start, 10, 140), BERLIN, GOOGLE_HEALTH);
		ActivityLoad load = only(detail(compute("demo")));
		assertThat(load.hrSource()).isEqualTo("intraday");
		assertThat(load.coverage()).isEqualTo(1.0);
		assertThat(load.heartRate()).isEqualTo(140.0);
		assertThat(load.durationMinutes()).isEqualTo(10.0);
		// 10 minutes at 140 bpm: 10 × 1.413637 = 14.14
		assertThat(load.trimp()).isEqualTo(14.14);
	}

	@Test
	void usesTheAverageWhenLessThanHalfOfTheSpanHasIntradayHeartRate() {
		settings("demo", 190, 50);
		Instant start = Instant.parse("2026-03-10T07:00:00Z");
		ActivitiesWithHeartRate.write(this.template, "demo", "1", start, BERLIN, 3600, 3600, 150.0, 170.0);
		HeartRateDays.samples(this.template, "demo", minutes(start, 20, 140), BERLIN, GOOGLE_HEALTH);
		ActivityLoad load = only(detail(compute("demo")));
		assertThat(load.hrSource()).isEqualTo("average");
		assertThat(load.coverage()).isNull();
		assertThat(load.heartRate()).isEqualTo(150.0);
		// an hour at 150 bpm: 108.095
		assertThat(load.trimp()).isEqualTo(108.1);
	}

	@Test
	void scalesFewIntradayMinutesToTheSpanWithoutAnAverage() {
		settings("demo", 190, 50);
		Instant start = Instant.parse("2026-03-10T07:00:00Z");
		ActivitiesWithHeartRate.write(this.template, "demo", "1", start, BERLIN, 3600, 3000, null, null);
		HeartRateDays.samples(this.template, "demo", minutes(start, 20, 140), BERLIN, GOOGLE_HEALTH);
		ActivityLoad load = only(detail(compute("demo")));
		assertThat(load.hrSource()).isEqualTo("intraday");
		assertThat(load.coverage()).isEqualTo(0.33);
		// 20 minutes × 1.413637 × 60 / 20 = 84.818
		assertThat(load.trimp()).isCloseTo(84.82, within(0.005));
	}

	@Test
	void listsActivitiesWithoutHeartRateAsSuchAndDaysWithoutActivitiesAsGaps() {
		settings("demo", 190, 50);
		ActivitiesWithHeartRate.write(this.template, "demo", "1", Instant.parse("2026-03-10T07:00:00Z"), BERLIN, 3600,
				3600, 150.0, 170.0);
		ActivitiesWithHeartRate.write(this.template, "demo", "2", Instant.parse("2026-03-12T07:00:00Z"), BERLIN, 1800,
				1800, null, null);
		Insight insight = compute("demo");
		TrainingLoadDetail detail = detail(insight);
		assertThat(insight.status()).isEqualTo(Insight.OK);
		assertThat(insight.missing()).containsExactly("1 activity without heart rate (listed with hrSource none)");
		assertThat(detail.activities()).extracting(ActivityLoad::id, ActivityLoad::hrSource, ActivityLoad::trimp)
			.containsExactly(tuple("demo:strava:2", "none", null), tuple("demo:strava:1", "average", 108.1));
		assertThat(detail.days()).containsExactly(
				new TrainingLoadDetail.DayLoad(LocalDate.parse("2026-03-10"), 108.1, 1, 0),
				new TrainingLoadDetail.DayLoad(LocalDate.parse("2026-03-12"), null, 0, 1));
		DailyValues values = this.signal.values(request("demo"), LocalDate.parse("2026-03-09"),
				LocalDate.parse("2026-03-13"));
		assertThat(values.byDate()).containsOnlyKeys(LocalDate.parse("2026-03-10"));
		assertThat(values.byDate().get(LocalDate.parse("2026-03-10"))).isCloseTo(108.095, within(0.001));
	}

	@Test
	void computesFitnessFatigueAndFormFromTheDailyLoads() {
		settings("demo", 190, 50);
		// 108.095 on the 29th, nothing on the 30th, 108.095 today
		ActivitiesWithHeartRate.write(this.template, "demo", "1", Instant.parse("2026-03-29T07:00:00Z"), BERLIN, 3600,
				3600, 150.0, 170.0);
		ActivitiesWithHeartRate.write(this.template, "demo", "2", Instant.parse("2026-03-31T07:00:00Z"), BERLIN, 3600,
				3600, 150.0, 170.0);
		TrainingLoadDetail detail = detail(compute("demo"));
		assertThat(detail.series()).extracting(LoadPoint::date)
			.containsExactly(LocalDate.parse("2026-03-29"), LocalDate.parse("2026-03-30"), TODAY);
		// CTL: 108.095/42 = 2.573690; × 41/42 = 2.512412; + (108.095 − 2.512412)/42 =
		// 5.026280
		// ATL: 108.095/7 = 15.442194; × 6/7 = 13.236166; + (108.095 − 13.236166)/7 =
		// 26.787138
		// form today = 2.512412 − 13.236166 = −10.723754
		assertThat(detail.current().fitness()).isEqualTo(5.03);
		assertThat(detail.current().fatigue()).isEqualTo(26.79);
		assertThat(detail.current().form()).isEqualTo(-10.72);
		assertThat(detail.model()).isEqualTo(
				new TrainingLoadDetail.Model("male", 0.64, 1.92, 42, 7, LocalDate.parse("2026-01-01").minusDays(126)));
	}

	@Test
	void countsAnActivityAcrossTheSpringForwardNightByItsInstants() {
		settings("demo", 190, 50);
		// 01:30 CET on 2026-03-29 for an hour: 03:30 CEST by the wall clock, 60 minutes
		Instant start = Instant.parse("2026-03-29T00:30:00Z");
		ActivitiesWithHeartRate.write(this.template, "demo", "1", start, BERLIN, 3600, 3600, 150.0, 170.0);
		// 23:30 CET on the 28th for an hour: the minutes sit in two heart-rate days
		Instant late = Instant.parse("2026-03-28T22:30:00Z");
		ActivitiesWithHeartRate.write(this.template, "demo", "2", late, BERLIN, 3600, 3600, 150.0, 170.0);
		// one sync writes each day once
		Map<Instant, Integer> samples = minutes(late, 60, 140);
		samples.putAll(minutes(start, 60, 140));
		HeartRateDays.samples(this.template, "demo", samples, BERLIN, GOOGLE_HEALTH);
		TrainingLoadDetail detail = detail(compute("demo"));
		assertThat(detail.activities()).allSatisfy((load) -> {
			assertThat(load.hrSource()).isEqualTo("intraday");
			assertThat(load.coverage()).isEqualTo(1.0);
			assertThat(load.durationMinutes()).isEqualTo(60.0);
			// 60 × 1.413637 = 84.818
			assertThat(load.trimp()).isEqualTo(84.82);
		});
		assertThat(detail.activities()).extracting(ActivityLoad::date)
			.containsExactly(LocalDate.parse("2026-03-29"), LocalDate.parse("2026-03-28"));
	}

	@Test
	void estimatesTheLimitsUntilTheyAreSet() {
		Instant start = Instant.parse("2026-03-10T07:00:00Z");
		ActivitiesWithHeartRate.write(this.template, "demo", "1", start, BERLIN, 3600, 3600, 150.0, 180.0);
		Map<Instant, Integer> samples = minutes(start, 5, 140);
		samples.put(start.plusSeconds(3 * 3600), 185);
		HeartRateDays.samples(this.template, "demo", samples, BERLIN, GOOGLE_HEALTH);
		for (int day = 1; day <= 7; day++) {
			HeartRateDays.resting(this.template, "demo", LocalDate.parse("2026-03-0" + day), 49 + day);
		}
		HeartRateLimits estimated = detail(compute("demo")).heartRate();
		assertThat(estimated.estimated()).isTrue();
		assertThat(estimated.max())
			.isEqualTo(new HeartRateLimit(185, true, HeartRateLimit.INTRADAY, LocalDate.parse("2026-03-10")));
		// 50..56: median 53
		assertThat(estimated.resting())
			.isEqualTo(new HeartRateLimit(53, true, HeartRateLimit.RESTING_MEDIAN, LocalDate.parse("2026-03-07")));
		assertThat(compute("demo").summary()).contains("estimated from your data");
		settings("demo", 190, 50);
		HeartRateLimits set = detail(compute("demo")).heartRate();
		assertThat(set).isEqualTo(new HeartRateLimits(false, HeartRateLimit.set(190), HeartRateLimit.set(50)));
	}

	@Test
	void saysWhatIsMissingWithoutLimits() {
		ActivitiesWithHeartRate.write(this.template, "demo", "1", Instant.parse("2026-03-10T07:00:00Z"), BERLIN, 3600,
				3600, 150.0, 180.0);
		Insight insight = compute("demo");
		assertThat(insight.status()).isEqualTo(Insight.INSUFFICIENT_DATA);
		assertThat(insight.detail()).isNull();
		assertThat(insight.missing()).singleElement()
			.asString()
			.startsWith("resting heart rate: enter yours in Settings");
	}

	@Test
	void neverUsesAnotherUsersDataOrSettings() {
		settings("alex", 200, 40);
		Instant start = Instant.parse("2026-03-10T07:00:00Z");
		ActivitiesWithHeartRate.write(this.template, "alex", "9", start, BERLIN, 3600, 3600, 170.0, 199.0);
		HeartRateDays.samples(this.template, "alex", minutes(start, 60, 140), BERLIN, GOOGLE_HEALTH);
		for (int day = 1; day <= 7; day++) {
			HeartRateDays.resting(this.template, "alex", LocalDate.parse("2026-03-0" + day), 45);
		}
		Insight empty = compute("demo");
		assertThat(empty.status()).isEqualTo(Insight.INSUFFICIENT_DATA);
		assertThat(empty.inputs()).allSatisfy((input) -> assertThat(input.count()).isZero());
		settings("demo", 190, 50);
		ActivitiesWithHeartRate.write(this.template, "demo", "1", start, BERLIN, 3600, 3600, 150.0, 170.0);
		ActivityLoad load = only(detail(compute("demo")));
		assertThat(load.hrSource()).isEqualTo("average");
		assertThat(load.trimp()).isEqualTo(108.1);
	}

	private Insight compute(String userId) {
		return this.calculator.compute(request(userId));
	}

	private static InsightRequest request(String userId) {
		return new InsightRequest(userId, BERLIN, false, TODAY, Instant.parse("2026-03-31T10:00:00Z"));
	}

	private void settings(String userId, @Nullable Integer max, @Nullable Integer resting) {
		Document heartRate = new Document();
		if (max != null) {
			heartRate.append(UserSettingsCollection.HEART_RATE_MAX, max);
		}
		if (resting != null) {
			heartRate.append(UserSettingsCollection.HEART_RATE_RESTING, resting);
		}
		this.template.save(new Document("_id", userId).append(UserSettingsCollection.TIME_ZONE, "Europe/Berlin")
			.append(UserSettingsCollection.HEART_RATE, heartRate), UserSettingsCollection.COLLECTION);
	}

	private static Map<Instant, Integer> minutes(Instant start, int count, int bpm) {
		Map<Instant, Integer> samples = new LinkedHashMap<>();
		for (int i = 0; i < count; i++) {
			samples.put(start.plusSeconds(i * 60L), bpm);
		}
		return samples;
	}

	private static TrainingLoadDetail detail(Insight insight) {
		assertThat(insight.detail()).isInstanceOf(TrainingLoadDetail.class);
		return (TrainingLoadDetail) insight.detail();
	}

	private static ActivityLoad only(TrainingLoadDetail detail) {
		assertThat(detail.activities()).hasSize(1);
		return detail.activities().get(0);
	}

}

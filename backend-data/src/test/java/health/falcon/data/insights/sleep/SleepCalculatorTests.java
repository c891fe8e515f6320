package health.falcon.data.insights.sleep;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import health.falcon.data.MongoSliceSupport;
import health.falcon.data.api.Insight;
import health.falcon.data.insights.DailySignal;
import health.falcon.data.insights.InsightRequest;
import health.falcon.data.insights.energy.Means;
import health.falcon.data.stored.HeartRateDays;
import health.falcon.data.stored.SleepSessions;
import health.falcon.documents.sleep.SleepSessionsCollection;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The sleep insight and its signals on mongo-java-server with sessions and heart rate
 * written the way fitbit-service writes them: both daylight-saving nights of
 * Europe/Berlin, regularity across midnight, the sleeping heart rate and its dip, a night
 * recorded in another zone, naps, and another user's data.
 */
@Import({ NightsRepository.class, SleepCalculator.class, SleepSignalsConfiguration.class })
class SleepCalculatorTests extends MongoSliceSupport {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static final LocalDate FALL_BACK = LocalDate.parse("2026-10-25");

	private static final Map<String, Integer> STAGES = Map.of("light", 300, "deep", 120, "wake", 30);

	@Autowired
	private SleepCalculator calculator;

	@Autowired
	private List<DailySignal> signals;

	@Test
	void countsTheFallBackNightsRealLengthAndItsHeartRateDip() {
		// 22:30 CEST (20:30Z) to 07:00 CET (06:00Z): the clocks went back at 03:00, so
		// the
		// night is 9.5 hours, not the 8.5 the wall clock shows, and ends at 07:00, not
		// 08:00.
		Instant start = Instant.parse("2026-10-24T20:30:00Z");
		Instant end = Instant.parse("2026-10-25T06:00:00Z");
		SleepSessions.write(this.template, "demo", start, end, BERLIN, FALL_BACK, STAGES, SleepSessions.GOOGLE_HEALTH);
		// One sample a minute: 70 bpm in the two hours before bed, 56 bpm asleep:
		// dip = (70 − 56) / 70 = 20 %.
		Map<Instant, Integer> samples = new LinkedHashMap<>();
		for (Instant t = start.minus(2, ChronoUnit.HOURS); t.isBefore(end); t = t.plusSeconds(60)) {
			samples.put(t, t.isBefore(start) ? 70 : 56);
		}
		HeartRateDays.samples(this.template, "demo", samples, BERLIN, SleepSessions.GOOGLE_HEALTH);
		Insight insight = this.calculator.compute(request("demo", FALL_BACK));
		assertThat(insight.kind()).isEqualTo("sleep");
		assertThat(insight.status()).isEqualTo(Insight.OK);
		SleepDetail detail = (SleepDetail) insight.detail();
		assertThat(detail.nights()).singleElement().satisfies((night) -> {
			assertThat(night.date()).isEqualTo(FALL_BACK);
			assertThat(night.bedTime()).isEqualTo("22:30");
			assertThat(night.wakeTime()).isEqualTo("07:00");
			assertThat(night.minutesInBed()).isEqualTo(570);
			assertThat(night.minutesAsleep()).isEqualTo(420);
			assertThat(night.efficiency()).isEqualTo(93.0);
			assertThat(night.sleepingHeartRate()).isEqualTo(56.0);
			assertThat(night.eveningHeartRate()).isEqualTo(70.0);
			assertThat(night.dipPercent()).isCloseTo(20.0, within(1e-9));
			assertThat(night.source()).isEqualTo("fitbit/google-health");
		});
		assertThat(detail.minutesAsleep().last7()).isEqualTo(new Means.Mean(420.0, 1));
		assertThat(detail.dipPercent().last30().mean()).isCloseTo(20.0, within(1e-9));
		assertThat(detail.regularity()).isNull();
		assertThat(insight.missing()).containsExactly("Regularity: needs at least 3 nights (1 found).");
	}

	@Test
	void countsTheSpringForwardNightsRealLength() {
		// 23:00 CET (22:00Z) to 07:00 CEST (05:00Z): 7 hours in bed on 2026-03-29.
		SleepSessions.write(this.template, "demo", Instant.parse("2026-03-28T22:00:00Z"),
				Instant.parse("2026-03-29T05:00:00Z"), BERLIN, LocalDate.parse("2026-03-29"), STAGES,
				SleepSessions.GOOGLE_HEALTH);
		SleepDetail detail = (SleepDetail) this.calculator.compute(request("demo", LocalDate.parse("2026-03-29")))
			.detail();
		assertThat(detail.nights()).singleElement().satisfies((night) -> {
			assertThat(night.date()).isEqualTo(LocalDate.parse("2026-03-29"));
			assertThat(night.bedTime()).isEqualTo("23:00");
			assertThat(night.wakeTime()).isEqualTo("07:00");
			assertThat(night.minutesInBed()).isEqualTo(420);
		});
	}

	@Test
	void measuresRegularityAcrossMidnightAndIgnoresNaps() {
		LocalDate today = LocalDate.parse("2026-11-12");
		for (int i = 0; i < 4; i++) {
			LocalDate date = today.minusDays(i);
			// In bed at 23:00 and 01:00 on alternate nights, up at 07:00 (CET, +01:00).
			LocalTime bed = (i % 2 == 0) ? LocalTime.of(23, 0) : LocalTime.of(1, 0);
			LocalDate bedDate = (i % 2 == 0) ? date.minusDays(1) : date;
			SleepSessions.write(this.template, "demo", bedDate.atTime(bed).atZone(BERLIN).toInstant(),
					date.atTime(7, 0).atZone(BERLIN).toInstant(), BERLIN, date, STAGES, SleepSessions.GOOGLE_HEALTH);
		}
		SleepSessions.write(this.template, "demo", today.atTime(14, 0).atZone(BERLIN).toInstant(),
				today.atTime(14, 40).atZone(BERLIN).toInstant(), today, false, Map.of("light", 40));
		Insight insight = this.calculator.compute(request("demo", today));
		SleepDetail detail = (SleepDetail) insight.detail();
		assertThat(detail.nights()).hasSize(4);
		// ±60 minutes round midnight: √(−2 ln cos(π/12)) × 1440 / 2π = 60.348 minutes.
		assertThat(detail.regularity().nights()).isEqualTo(4);
		assertThat(detail.regularity().bedTimeMean()).isEqualTo("00:00");
		assertThat(detail.regularity().bedTimeSdMinutes()).isCloseTo(60.348, within(1e-3));
		assertThat(detail.regularity().wakeTimeMean()).isEqualTo("07:00");
		assertThat(detail.regularity().wakeTimeSdMinutes()).isCloseTo(0, within(1e-6));
		assertThat(insight.summary()).contains("You went to bed around 00:00, give or take 60 minutes");
		assertThat(insight.missing())
			.containsExactly("Sleeping heart rate: no night has 30 minutes of heart rate during the sleep.");
	}

	@Test
	void readsANightRecordedInAnotherZoneAtItsOwnOffset() {
		// Recorded in New York (−05:00) by a user whose profile zone is Berlin: 23:00 to
		// 06:30 local.
		LocalDate date = LocalDate.parse("2026-11-12");
		SleepSessions.write(this.template, "demo", Instant.parse("2026-11-12T04:00:00Z"),
				Instant.parse("2026-11-12T11:30:00Z"), ZoneOffset.ofHours(-5), date, true, STAGES,
				SleepSessions.GOOGLE_HEALTH);
		SleepDetail detail = (SleepDetail) this.calculator.compute(request("demo", date)).detail();
		assertThat(detail.nights()).singleElement().satisfies((night) -> {
			assertThat(night.date()).isEqualTo(date);
			assertThat(night.bedTime()).isEqualTo("23:00");
			assertThat(night.wakeTime()).isEqualTo("06:30");
		});
	}

	@Test
	void publishesDurationAndEfficiencyPerNight() {
		SleepSessions.write(this.template, "demo", Instant.parse("2026-10-24T20:30:00Z"),
				Instant.parse("2026-10-25T06:00:00Z"), BERLIN, FALL_BACK, STAGES, SleepSessions.GOOGLE_HEALTH);
		assertThat(signal("sleep-duration").values(request("demo", FALL_BACK), FALL_BACK, FALL_BACK).byDate())
			.containsExactlyEntriesOf(Map.of(FALL_BACK, 420.0));
		assertThat(signal("sleep-efficiency").values(request("demo", FALL_BACK), FALL_BACK, FALL_BACK).byDate())
			.containsExactlyEntriesOf(Map.of(FALL_BACK, 93.0));
		assertThat(signal("sleep-duration").unit()).isEqualTo("min");
	}

	@Test
	void computesTheEfficiencyWhereFitbitGaveNone() {
		String id = SleepSessions.write(this.template, "demo", Instant.parse("2026-10-24T20:30:00Z"),
				Instant.parse("2026-10-25T06:00:00Z"), BERLIN, FALL_BACK, STAGES, SleepSessions.GOOGLE_HEALTH);
		this.template.updateFirst(Query.query(Criteria.where("_id").is(id)),
				new Update().unset(SleepSessionsCollection.EFFICIENCY), SleepSessionsCollection.COLLECTION);
		SleepDetail detail = (SleepDetail) this.calculator.compute(request("demo", FALL_BACK)).detail();
		// 420 minutes asleep, 30 awake: 420 / 450 × 100.
		assertThat(detail.nights()).singleElement()
			.satisfies((night) -> assertThat(night.efficiency()).isCloseTo(93.333, within(1e-3)));
	}

	@Test
	void neverUsesAnotherUsersData() {
		Instant start = Instant.parse("2026-10-24T20:30:00Z");
		SleepSessions.write(this.template, "other", start, Instant.parse("2026-10-25T06:00:00Z"), BERLIN, FALL_BACK,
				STAGES, SleepSessions.GOOGLE_HEALTH);
		HeartRateDays.firstHour(this.template, "other", FALL_BACK, BERLIN);
		Insight insight = this.calculator.compute(request("demo", FALL_BACK));
		assertThat(insight.status()).isEqualTo(Insight.INSUFFICIENT_DATA);
		assertThat(insight.detail()).isNull();
		assertThat(insight.missing()).containsExactly("Sleep: no main sleep in the last 30 nights.");
		assertThat(signal("sleep-duration").values(request("demo", FALL_BACK), FALL_BACK, FALL_BACK).byDate())
			.isEmpty();
	}

	private DailySignal signal(String name) {
		return this.signals.stream().filter((signal) -> signal.name().equals(name)).findFirst().orElseThrow();
	}

	private static InsightRequest request(String userId, LocalDate today) {
		return new InsightRequest(userId, BERLIN, false, today, today.atTime(12, 0).atZone(BERLIN).toInstant());
	}

}

package health.falcon.fitbit.googlehealth;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import health.falcon.fitbit.daily.DailyActivity;
import health.falcon.fitbit.heartrate.HeartRateSample;
import health.falcon.fitbit.sleep.SleepSession;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The proto3 JSON mappers: int64 strings, {@code "Ns"} offsets, civil dates,
 * daylight-saving days and a change of zone.
 */
class MapperTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	@Test
	void mapsAHeartRateSampleWithInt64StringAndSecondsOffset() {
		HeartRateSample sample = HeartRateMapper
			.sample(node(GoogleHealthJson.heartRate("2026-11-10T06:00:05Z", 3600, "64")));
		assertThat(sample)
			.isEqualTo(new HeartRateSample(Instant.parse("2026-11-10T06:00:05Z"), ZoneOffset.ofHours(1), 64));
	}

	@Test
	void derivesTheOffsetFromTheCivilTimeWhenUtcOffsetIsMissing() {
		HeartRateSample sample = HeartRateMapper.sample(node("""
				{"heartRate":{"beatsPerMinute":66,"sampleTime":{"physicalTime":"2026-11-10T06:00:10.250Z",
				 "civilTime":{"date":{"year":2026,"month":11,"day":10},"time":{"hours":7,"seconds":10}}}}}"""));
		assertThat(sample.offset()).isEqualTo(ZoneOffset.ofHours(1));
		assertThat(sample.bpm()).isEqualTo(66);
	}

	@Test
	void refusesUnreadableHeartRates() {
		assertThatExceptionOfType(UnmappableDataPointException.class)
			.isThrownBy(() -> HeartRateMapper.sample(node(GoogleHealthJson.heartRate("2026-11-10T06:00:05Z", 0, "x"))))
			.withMessage("unreadable beatsPerMinute");
		assertThatExceptionOfType(UnmappableDataPointException.class)
			.isThrownBy(() -> HeartRateMapper.sample(node(GoogleHealthJson.heartRate("2026-11-10T06:00:05Z", 0, "0"))))
			.withMessage("beatsPerMinute out of range");
		assertThatExceptionOfType(UnmappableDataPointException.class)
			.isThrownBy(() -> HeartRateMapper.sample(node("{\"heartRate\":{\"beatsPerMinute\":\"60\"}}")))
			.withMessage("missing sampleTime");
	}

	@Test
	void mapsRestingHeartRateWithACivilDate() {
		HeartRateMapper.Resting resting = HeartRateMapper
			.resting(node(GoogleHealthJson.resting(LocalDate.parse("2026-11-09"), "58")));
		assertThat(resting).isEqualTo(new HeartRateMapper.Resting(LocalDate.parse("2026-11-09"), 58));
		assertThat(HeartRateMapper
			.resting(node("{\"dailyRestingHeartRate\":{\"date\":{\"year\":2026,\"month\":11,\"day\":9}}}"))
			.bpm()).isNull();
	}

	@Test
	void mapsAStagesSleepFiledUnderTheLocalWakeDate() {
		SleepSession session = SleepMapper
			.session(node(GoogleHealthJson.sleep("a", "2026-11-09T22:40:00Z", "2026-11-10T06:10:30Z", 3600, "STAGES",
					GoogleHealthJson.stage("2026-11-09T22:52:00Z", "2026-11-09T23:40:30Z", 3600, "LIGHT"),
					GoogleHealthJson.stage("2026-11-09T22:40:00Z", "2026-11-09T22:52:00Z", 3600, "AWAKE"))));
		assertThat(session.start()).isEqualTo(Instant.parse("2026-11-09T22:40:00Z"));
		assertThat(session.dateOfSleep()).isEqualTo(LocalDate.parse("2026-11-10"));
		assertThat(session.mainSleep()).isTrue();
		assertThat(session.efficiency()).isEqualTo(92);
		assertThat(session.minutesAsleep()).isEqualTo(412);
		assertThat(session.stageMinutes()).containsEntry("light", 230)
			.containsEntry("deep", 80)
			.containsEntry("rem", 102)
			.containsEntry("wake", 38);
		assertThat(session.stages()).extracting(SleepSession.Stage::level).containsExactly("wake", "light");
		assertThat(session.stages().get(1).seconds()).isEqualTo(2910);
	}

	@Test
	void refusesSleepStagesAndMinutesNoSleepCanHave() {
		String longStage = GoogleHealthJson.sleep("a", "2026-11-09T22:40:00Z", "2026-11-10T06:10:30Z", 3600, "STAGES",
				GoogleHealthJson.stage("2026-11-09T22:52:00Z", "2162-12-17T23:40:30Z", 3600, "LIGHT"));
		assertThatExceptionOfType(UnmappableDataPointException.class)
			.isThrownBy(() -> SleepMapper.session(node(longStage)))
			.withMessage("sleep stage longer than two days");
		String hugeMinutes = GoogleHealthJson.sleep("a", "2026-11-09T22:40:00Z", "2026-11-10T06:10:30Z", 3600, "STAGES")
			.replace("\"minutesAsleep\":\"412\"", "\"minutesAsleep\":\"4294967708\"");
		assertThat(hugeMinutes).contains("4294967708");
		assertThatExceptionOfType(UnmappableDataPointException.class)
			.isThrownBy(() -> SleepMapper.session(node(hugeMinutes)))
			.withMessage("sleep minutes out of range");
	}

	@Test
	void filesANightUnderTheWakeDateInTheZoneOfTheWakeUp() {
		// fell asleep in New York (-05:00) on 10 Nov and woke up in Paris after an
		// overnight flight
		SleepSession session = SleepMapper.session(node("""
				{"sleep":{"interval":{"startTime":"2026-11-11T02:00:00Z","startUtcOffset":"-18000s",
				 "endTime":"2026-11-11T07:30:00Z","endUtcOffset":"3600s"},"type":"CLASSIC",
				 "stages":[{"startTime":"2026-11-11T02:00:00Z","endTime":"2026-11-11T07:30:00Z","type":"ASLEEP"}],
				 "metadata":{"nap":false}}}"""));
		assertThat(session.offset()).isEqualTo(ZoneOffset.ofHours(-5));
		assertThat(session.dateOfSleep()).isEqualTo(LocalDate.parse("2026-11-11"));
		assertThat(session.stageMinutes()).containsExactly(Map.entry("asleep", 330));
		assertThat(session.efficiency()).isNull();
	}

	@Test
	void keepsTheMainSleepFlagOnTheLongestNonNapOfADate() {
		SleepSession night = SleepMapper
			.session(node(GoogleHealthJson.sleep("n", "2026-11-09T22:00:00Z", "2026-11-10T06:00:00Z", 3600, "STAGES")));
		SleepSession early = SleepMapper
			.session(node(GoogleHealthJson.sleep("e", "2026-11-10T07:00:00Z", "2026-11-10T08:00:00Z", 3600, "STAGES")));
		SleepSession nap = SleepMapper.session(
				node("""
						{"sleep":{"interval":{"startTime":"2026-11-10T13:00:00Z","startUtcOffset":"3600s",
						 "endTime":"2026-11-10T13:30:00Z","endUtcOffset":"3600s"},"type":"CLASSIC","metadata":{"nap":true}}}"""));
		assertThat(nap.mainSleep()).isFalse();
		assertThat(SleepMapper.settleMainSleep(List.of(early, night, nap))).extracting(SleepSession::mainSleep)
			.containsExactly(false, true, false);
	}

	@Test
	void sumsADaylightSavingDayOf23HoursIntoOneLocalDay() {
		// Europe/Berlin springs forward on 29 March 2026, so 00:30 is +01:00 and
		// 23:30 is +02:00
		DailyTotals totals = new DailyTotals(LocalDate.parse("2026-03-29"), LocalDate.parse("2026-03-30"));
		totals.add(HealthDataType.STEPS,
				node(GoogleHealthJson.interval("steps", "\"count\":\"100\"", "2026-03-28T23:30:00Z", 3600, false)));
		totals.add(HealthDataType.STEPS,
				node(GoogleHealthJson.interval("steps", "\"count\":\"250\"", "2026-03-29T21:30:00Z", 7200, false)));
		totals.add(HealthDataType.STEPS,
				node(GoogleHealthJson.interval("steps", "\"count\":\"7\"", "2026-03-29T22:30:00Z", 7200, false)));
		totals.add(HealthDataType.DISTANCE, node(GoogleHealthJson.interval("distance", "\"millimeters\":\"87300\"",
				"2026-03-29T10:00:00Z", 7200, true)));
		assertThat(totals.days())
			.containsExactly(new DailyActivity(LocalDate.parse("2026-03-29"), 350L, 87.3, null, null));
	}

	@Test
	void movesDayBoundariesWithTheOffsetsOnATripAcrossZones() {
		DailyTotals totals = new DailyTotals(LocalDate.parse("2026-11-10"), LocalDate.parse("2026-11-12"));
		// the same instant is still 10 Nov in New York and already 11 Nov in Paris
		totals.add(HealthDataType.ACTIVE_ENERGY_BURNED, node(GoogleHealthJson.interval("activeEnergyBurned",
				"\"kcal\":3.5", "2026-11-11T03:00:00Z", -18000, false)));
		totals.add(HealthDataType.ACTIVE_ENERGY_BURNED, node(
				GoogleHealthJson.interval("activeEnergyBurned", "\"kcal\":2.0", "2026-11-11T03:00:00Z", 3600, true)));
		// 00:30 on 12 Nov in Paris: outside the requested days
		totals.add(HealthDataType.ACTIVE_ENERGY_BURNED, node(
				GoogleHealthJson.interval("activeEnergyBurned", "\"kcal\":9.0", "2026-11-11T23:30:00Z", 3600, false)));
		totals.addTotalCalories(node(GoogleHealthJson.totalCalories(LocalDate.parse("2026-11-10"), 2456.7)));
		assertThat(totals.days()).containsExactly(
				new DailyActivity(LocalDate.parse("2026-11-10"), null, null, 3.5, 2456.7),
				new DailyActivity(LocalDate.parse("2026-11-11"), null, null, 2.0, null));
	}

	@Test
	void readsProtoJsonScalars() {
		JsonNode node = node("{\"a\":\"512\",\"b\":512,\"c\":\"-14400s\",\"d\":\"0s\",\"e\":\"1800.5s\",\"f\":\"x\"}");
		assertThat(HealthJson.int64(node, "a")).isEqualTo(512);
		assertThat(HealthJson.int64(node, "b")).isEqualTo(512);
		assertThat(HealthJson.offset(node, "c")).isEqualTo(ZoneOffset.ofHours(-4));
		assertThat(HealthJson.seconds(node, "d")).isZero();
		assertThat(HealthJson.seconds(node, "e")).isEqualTo(1801);
		assertThatExceptionOfType(UnmappableDataPointException.class).isThrownBy(() -> HealthJson.seconds(node, "f"));
	}

	@Test
	void buildsTheFilterMemberEachRecordTypeRequires() {
		assertThat(HealthDataType.HEART_RATE.filter(Instant.parse("2026-11-10T00:00:00Z"),
				Instant.parse("2026-11-11T00:00:00Z")))
			.isEqualTo("heart_rate.sample_time.physical_time >= \"2026-11-10T00:00:00Z\" AND "
					+ "heart_rate.sample_time.physical_time < \"2026-11-11T00:00:00Z\"");
		assertThat(HealthDataType.DAILY_RESTING_HEART_RATE
			.filter(LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-02"))).isEqualTo(
					"daily_resting_heart_rate.date >= \"2026-11-01\" AND daily_resting_heart_rate.date < \"2026-11-02\"");
		assertThat(HealthDataType.SLEEP.filter(Instant.parse("2026-11-09T12:00:00Z"),
				Instant.parse("2026-11-10T12:00:00Z")))
			.startsWith("sleep.interval.end_time >= ");
		assertThat(HealthDataType.ACTIVE_ENERGY_BURNED.filter(LocalDate.parse("2026-11-01"),
				LocalDate.parse("2026-11-02")))
			.startsWith("active_energy_burned.interval.civil_start_time >= \"2026-11-01\"");
	}

	private static JsonNode node(String text) {
		return json.readTree(text);
	}

}

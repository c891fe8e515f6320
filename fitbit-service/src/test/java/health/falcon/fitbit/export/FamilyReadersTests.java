package health.falcon.fitbit.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import health.falcon.fitbit.heartrate.HeartRateSample;
import health.falcon.fitbit.heartrate.HeartRateStore;
import health.falcon.ingest.imports.ImportReport;
import health.falcon.ingest.imports.ImportReports;
import health.falcon.ingest.imports.ImportView;
import health.falcon.model.Source;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.Mockito.mock;

/**
 * Values the number and date types cannot hold are quarantined like any other malformed
 * record (most found by {@link ExportFuzzTests}; the wrapped bpm and the far years by
 * reading the code around them).
 */
class FamilyReadersTests {

	private static final String GLOBAL = "Takeout/Fitbit/Global Export Data/";

	private static final String ACTIVITY = "Takeout/Google Health/Physical Activity_GoogleData/";

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);

	private static final LocalDate JUNE_1 = LocalDate.parse("2026-06-01");

	private final ImportReport report = ImportReports.collecting();

	private final RecordingHeartRate heartRate = new RecordingHeartRate();

	private final RecordingStores.Daily daily = new RecordingStores.Daily();

	private final RecordingStores.Sleep sleep = new RecordingStores.Sleep();

	private final FamilyReaders readers = new FamilyReaders(
			JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build(),
			new ImportContext("u1", "imp-1", ZoneId.of("Europe/Berlin"), false,
					new Source("fitbit", "export", "imp-1", CLOCK.instant()), this.report, new NoQuarantine()),
			new ImportStores(this.heartRate, this.sleep, this.daily), 100);

	@Test
	void quarantinesAStepsValueTheDaysTotalCannotHoldAndKeepsTheRestOfTheDay() throws IOException {
		// ExportFuzzTests#stepsJson: one minute of 1e117 steps made the day's
		// total Long.MAX_VALUE
		read(GLOBAL + "steps-2026-06-01.json",
				ExportZips.minutes("06/01/26 08:00:00", "100", "06/01/26 08:01:00", "1" + "0".repeat(117),
						"06/01/26 08:02:00", "Infinity", "06/01/26 08:03:00", "NaN", "06/01/26 08:04:00", "16"));
		read(ACTIVITY + "steps_2026-06-01.csv",
				"timestamp,steps,data source\n2026-06-01T08:00:01Z," + "7".repeat(93) + ",Fitbit Air\n");
		read(GLOBAL + "calories-2026-06-01.json",
				ExportZips.minutes("06/01/26 08:00:00", "1.25", "06/01/26 08:01:00", "-Infinity"));
		this.readers.finish();

		assertThat(this.daily.days.get(JUNE_1).steps()).isEqualTo(116L);
		assertThat(this.daily.days.get(JUNE_1).totalKcal()).isEqualTo(1.25);
		assertThat(ImportReports.view(this.report).errors())
			.extracting(ImportView.RowError::line, ImportView.RowError::reason)
			.containsExactly(tuple(3, "unreadable entry: steps out of range: 1.0E117"),
					tuple(4, "unreadable entry: steps out of range: Infinity"),
					tuple(5, "unreadable entry: steps out of range: NaN"),
					tuple(2, "unreadable row: steps out of range: 7.777777777777778E92"),
					tuple(3, "unreadable entry: calories out of range: -Infinity"));
	}

	@Test
	void skipsARestingValueThatRoundsToZeroAndQuarantinesImpossibleOnes() throws IOException {
		// ExportFuzzTests#restingHeartRateCsv: 0.451 was stored as a resting
		// heart rate of 0; NaN was stored as 0 too, and 1e300 as -1
		read(ACTIVITY + "daily_resting_heart_rate.csv", """
				timestamp,beats per minute,data source
				2026-09-12,.451,Fitbit Air
				2026-09-13,NaN,Fitbit Air
				2026-09-14,1e300,Fitbit Air
				2026-09-15,51.4,Fitbit Air
				""");

		assertThat(this.heartRate.resting).containsExactly(Map.entry(LocalDate.parse("2026-09-15"), 51));
		assertThat(ImportReports.view(this.report).skipped()).containsExactly(
				new ImportView.Skipped(ACTIVITY + "daily_resting_heart_rate.csv", "no resting heart rate that day", 1));
		assertThat(ImportReports.view(this.report).errors()).extracting(ImportView.RowError::reason)
			.containsExactly("unreadable row: resting bpm out of range: NaN",
					"unreadable row: resting bpm out of range: 1.0E300");
	}

	@Test
	void rejectsABpmThatWouldWrapIntoTheRange() throws IOException {
		// 2^32 + 61 used to be cut to an int of 61
		read(GLOBAL + "heart_rate-2026-06-01.json",
				ExportZips.heartRate("06/01/26 08:00:05", "4294967357", "06/01/26 08:00:10", "62"));
		read(ACTIVITY + "heart_rate_2026-06-01.csv",
				"timestamp,beats per minute\n2026-06-01T06:00:15Z,4294967357.0\n2026-06-01T06:00:20Z,63.0\n");
		this.readers.finish();

		assertThat(this.heartRate.samples).extracting(HeartRateSample::bpm).containsExactly(62, 63);
		assertThat(ImportReports.view(this.report).errors()).extracting(ImportView.RowError::reason)
			.containsExactly("unreadable entry: bpm out of range: 4294967357",
					"unreadable row: bpm out of range: 4294967357");
	}

	@Test
	void quarantinesASleepStageLongerThanADay() throws IOException {
		// ExportFuzzTests#sleepCsvPair: a stage ending in 4052 lasted -490059840 seconds
		// (its length cut to an int)
		String fitness = "Takeout/Google Health/Health Fitness Data_GoogleData/";
		read(fitness + "UserSleepStages_1.csv", """
				sleep_id,sleep_stage_type,sleep_stage_start,sleep_stage_end
				9001,AWAKE,2026-09-11 22:40:00+0000,2026-09-11 22:52:00+0000
				9001,DEEP,2026-09-12T01:40:00Z,4052-09-12T03:00:00Z
				9001,LIGHT,2026-09-11 22:52:00,2026-09-13 01:00:00
				""");
		read(fitness + "UserSleeps_1.csv", """
				sleep_id,sleep_start,sleep_end,start_utc_offset,end_utc_offset
				9001,2026-09-11 22:40:00+0000,2026-09-12 06:10:30+0000,+02:00,+02:00
				""");
		this.readers.finish();

		assertThat(this.sleep.sessions.values()).singleElement()
			.satisfies(
					(night) -> assertThat(night.stages()).extracting((stage) -> stage.seconds()).containsExactly(720));
		assertThat(ImportReports.view(this.report).errors())
			.extracting(ImportView.RowError::line, ImportView.RowError::reason)
			.containsExactly(tuple(3, "unreadable row: sleep stage longer than a day"),
					tuple(4, "unreadable row: sleep stage longer than a day"));
	}

	@Test
	void quarantinesASleepInAYearNoExportWrites() throws IOException {
		// the sleep store keeps instants as BSON dates: Date.from threw for these at the
		// end of the file (outside any entry) and broke off the whole import
		read(GLOBAL + "sleep-2026-11-10.json", """
				[{ "startTime" : "+999999999-11-09T23:40:00.000", "endTime" : "+999999999-11-10T07:10:30.000" },
				{ "startTime" : "2026-11-09T23:40:00.000", "endTime" : "2026-11-10T07:10:30.000",
				  "levels" : { "data" : [ {"dateTime" : "-999999999-11-09T23:40:00.000", "level" : "wake"} ] } },
				{ "startTime" : "2026-11-10T23:40:00.000", "endTime" : "2026-11-11T07:10:30.000" }]
				""");
		String fitness = "Takeout/Google Health/Health Fitness Data_GoogleData/";
		read(fitness + "UserSleeps_1.csv", """
				sleep_id,sleep_start,sleep_end
				1,+999999999-06-01T21:40:00Z,+999999999-06-02T05:10:30Z
				2,2026-06-01 21:40:00+0000,2026-06-02 05:10:30+0000
				""");
		read(fitness + "UserSleepStages_1.csv", """
				sleep_id,sleep_stage_type,sleep_stage_start,sleep_stage_end
				2,LIGHT,+10000-06-01T21:40:00,+10000-06-01T22:40:00
				2,DEEP,2026-06-01 21:40:00+0000,2026-06-01 22:40:00+0000
				""");
		this.readers.finish();

		assertThat(this.sleep.sessions.keySet()).containsExactly(Instant.parse("2026-06-01T21:40:00Z"),
				Instant.parse("2026-11-10T22:40:00Z"));
		assertThat(this.sleep.sessions.get(Instant.parse("2026-06-01T21:40:00Z")).stageMinutes())
			.containsExactly(Map.entry("deep", 60));
		assertThat(ImportReports.view(this.report).errors())
			.extracting(ImportView.RowError::line, ImportView.RowError::reason)
			.containsExactly(tuple(1, "unreadable entry: year out of range: 999999999"),
					tuple(2, "unreadable entry: year out of range: -999999999"),
					tuple(2, "unreadable row: year out of range: 999999999"),
					tuple(2, "unreadable row: year out of range: 10000"));
	}

	private void read(String path, String content) throws IOException {
		this.readers.read(ExportFile.of(path).orElseThrow(),
				new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
	}

	private static final class NoQuarantine extends QuarantinedRecords {

		NoQuarantine() {
			super(mock(MongoTemplate.class), CLOCK);
		}

		@Override
		void store(ImportContext context, String file, @Nullable Integer line, String reason, String snippet) {
		}

	}

	private static final class RecordingHeartRate implements HeartRateStore {

		private final List<HeartRateSample> samples = new ArrayList<>();

		private final Map<LocalDate, Integer> resting = new TreeMap<>();

		@Override
		public int merge(String userId, Collection<HeartRateSample> samples, Source source) {
			this.samples.addAll(samples);
			return samples.size();
		}

		@Override
		public void restingHeartRate(String userId, LocalDate day, @Nullable Integer restingBpm, Source source) {
			this.resting.put(day, restingBpm);
		}

		@Override
		public int remove(String userId, Instant from, Instant to, Source source) {
			throw new UnsupportedOperationException("an import never removes samples");
		}

		@Override
		public int clearRestingHeartRate(String userId, Collection<LocalDate> days) {
			throw new UnsupportedOperationException("an import never clears resting heart rate");
		}

		@Override
		public long purge(String userId) {
			return 0;
		}

	}

}

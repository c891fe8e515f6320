package health.falcon.fitbit.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.zip.ZipEntry;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import health.falcon.fitbit.daily.DailyActivity;
import health.falcon.fitbit.heartrate.HeartRateSample;
import health.falcon.fitbit.heartrate.HeartRateStore;
import health.falcon.fitbit.sleep.SleepSession;
import health.falcon.ingest.archive.ArchiveRefusedException;
import health.falcon.ingest.archive.GuardedZip;
import health.falcon.ingest.imports.ImportReport;
import health.falcon.ingest.imports.ImportReports;
import health.falcon.model.Source;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * Fuzzes every reader of untrusted export bytes. For one data file
 * ({@link FamilyReaders#read}, that is {@link JsonEntries} or {@link CsvRows} and the
 * family's mapping, then {@link FamilyReaders#finish}) nothing escapes at all, not even
 * an {@link IOException} (that is reserved for an unreadable archive, and the bytes here
 * are in memory): a bad record is quarantined or skipped with a reason and the rest is
 * read. What reaches the stores is sane: heart rate within the reader's 1 to 255 bpm,
 * resting heart rate positive, daily totals finite, sleep sessions that do not end before
 * they start, CSV stage durations not negative, and every instant storable as a BSON
 * date. {@link GuardedZip} over arbitrary bytes may only refuse
 * ({@link ArchiveRefusedException}) or fail to read an entry ({@link IOException}), and
 * never hands out more than its limits; {@link FitbitExportImporter#importZip} never
 * throws (unreadable content ends up in the report). A plain {@code mvn test} replays the
 * seed corpus in {@code ExportFuzzTestsInputs/<method>/}; {@code JAZZER_FUZZ=1} fuzzes
 * one method per run.
 */
class ExportFuzzTests {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static final String GLOBAL = "Takeout/Fitbit/Global Export Data/";

	private static final String ACTIVITY = "Takeout/Google Health/Physical Activity_GoogleData/";

	private static final String FITNESS = "Takeout/Google Health/Health Fitness Data_GoogleData/";

	// sleepCsvPair: the UserSleeps file, a line "==", then the UserSleepStages file
	private static final byte[] PAIR_SEPARATOR = "\n==\n".getBytes(StandardCharsets.US_ASCII);

	private static final FitbitImportProperties LIMITS = new FitbitImportProperties(DataSize.ofMegabytes(8), 50,
			DataSize.ofMegabytes(2), DataSize.ofMegabytes(4), 200, 100, 1, 1, 2);

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);

	// configured as FitbitExportImporter configures its mapper
	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	@FuzzTest(maxDuration = "10s")
	void heartRateJson(FuzzedDataProvider data) throws IOException {
		readFile(GLOBAL + "heart_rate-2026-06-01.json", data.consumeRemainingAsBytes());
	}

	@FuzzTest(maxDuration = "10s")
	void restingHeartRateJson(FuzzedDataProvider data) throws IOException {
		readFile(GLOBAL + "resting_heart_rate-2026-01-01.json", data.consumeRemainingAsBytes());
	}

	@FuzzTest(maxDuration = "10s")
	void sleepJson(FuzzedDataProvider data) throws IOException {
		readFile(GLOBAL + "sleep-2026-06-02.json", data.consumeRemainingAsBytes());
	}

	@FuzzTest(maxDuration = "10s")
	void stepsJson(FuzzedDataProvider data) throws IOException {
		readFile(GLOBAL + "steps-2026-06-01.json", data.consumeRemainingAsBytes());
	}

	@FuzzTest(maxDuration = "10s")
	void distanceJson(FuzzedDataProvider data) throws IOException {
		readFile(GLOBAL + "distance-2026-06-01.json", data.consumeRemainingAsBytes());
	}

	@FuzzTest(maxDuration = "10s")
	void caloriesJson(FuzzedDataProvider data) throws IOException {
		readFile(GLOBAL + "calories-2026-06-01.json", data.consumeRemainingAsBytes());
	}

	@FuzzTest(maxDuration = "10s")
	void heartRateCsv(FuzzedDataProvider data) throws IOException {
		readFile(ACTIVITY + "Heart Rate/heart_rate_2026-09-12.csv", data.consumeRemainingAsBytes());
	}

	@FuzzTest(maxDuration = "10s")
	void restingHeartRateCsv(FuzzedDataProvider data) throws IOException {
		readFile(ACTIVITY + "daily_resting_heart_rate.csv", data.consumeRemainingAsBytes());
	}

	@FuzzTest(maxDuration = "10s")
	void stepsCsv(FuzzedDataProvider data) throws IOException {
		readFile(ACTIVITY + "steps_2026-09-12.csv", data.consumeRemainingAsBytes());
	}

	@FuzzTest(maxDuration = "10s")
	void distanceCsv(FuzzedDataProvider data) throws IOException {
		readFile(ACTIVITY + "distance_2026-09-12.csv", data.consumeRemainingAsBytes());
	}

	@FuzzTest(maxDuration = "10s")
	void caloriesCsv(FuzzedDataProvider data) throws IOException {
		readFile(ACTIVITY + "calories_2026-09-12.csv", data.consumeRemainingAsBytes());
	}

	@FuzzTest(maxDuration = "10s")
	void sleepCsvPair(FuzzedDataProvider data) throws IOException {
		byte[] bytes = data.consumeRemainingAsBytes();
		int split = indexOf(bytes, PAIR_SEPARATOR);
		byte[] sleeps = (split < 0) ? bytes : Arrays.copyOfRange(bytes, 0, split + 1);
		byte[] stages = (split < 0) ? new byte[0]
				: Arrays.copyOfRange(bytes, split + PAIR_SEPARATOR.length, bytes.length);
		Run run = new Run();
		// stages first, as a sharded export may list them
		run.read(FITNESS + "UserSleepStages_2026-09-01.csv", stages);
		run.read(FITNESS + "UserSleeps_2026-09-01.csv", sleeps);
		run.finish();
		for (SleepSession session : run.sleep.sessions.values()) {
			assertThat(session.stages()).allSatisfy((stage) -> assertThat(stage.seconds()).isNotNegative());
			assertThat(session.stageMinutes().values()).allSatisfy((minutes) -> assertThat(minutes).isNotNegative());
		}
	}

	@FuzzTest(maxDuration = "10s")
	void guardedZip(FuzzedDataProvider data) throws IOException {
		Path file = Files.createTempFile("fitbit-fuzz-", ".zip");
		try {
			Files.write(file, data.consumeRemainingAsBytes());
			readEntries(file);
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	@FuzzTest(maxDuration = "10s")
	void exportZip(FuzzedDataProvider data) throws IOException {
		Path file = Files.createTempFile("fitbit-fuzz-", ".zip");
		try {
			Files.write(file, data.consumeRemainingAsBytes());
			Run run = new Run();
			FitbitExportImporter importer = new FitbitExportImporter(run.heartRate, run.sleep, run.daily,
					run.quarantine, LIMITS, CLOCK);
			ImportReport report = ImportReports.collecting();
			importer.importZip("u1", file, BERLIN, false, "fuzz", report);
			assertThat(ImportReports.view(report).errors())
				.allSatisfy((error) -> assertThat(error.reason()).isNotBlank());
			run.checkStores();
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	private static void readFile(String path, byte[] bytes) throws IOException {
		Run run = new Run();
		run.read(path, bytes);
		run.finish();
	}

	private static void readEntries(Path file) {
		long total = 0;
		try (GuardedZip zip = GuardedZip.open(file, LIMITS.archive())) {
			for (ZipEntry entry : zip.entries()) {
				if (GuardedZip.unsafeName(entry.getName())) {
					continue;
				}
				long read = 0;
				try (InputStream in = zip.open(entry)) {
					read = count(in);
				}
				catch (ArchiveRefusedException ex) {
					if (ex.wholeArchive()) {
						return;
					}
				}
				catch (IOException ex) {
					// documented: a refused or unreadable entry, reported by the importer
				}
				assertThat(read).isLessThanOrEqualTo(LIMITS.maxEntrySize().toBytes());
				total += read;
				assertThat(total).isLessThanOrEqualTo(LIMITS.maxTotalSize().toBytes());
			}
		}
		catch (ArchiveRefusedException ex) {
			assertThat(ex.getMessage()).isNotBlank();
		}
	}

	private static long count(InputStream in) throws IOException {
		byte[] buffer = new byte[8192];
		long count = 0;
		for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
			count += n;
		}
		return count;
	}

	private static int indexOf(byte[] bytes, byte[] part) {
		outer: for (int i = 0; i + part.length <= bytes.length; i++) {
			for (int j = 0; j < part.length; j++) {
				if (bytes[i + j] != part[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	private static void storable(Instant instant) {
		// every store keeps instants as BSON dates (milliseconds since the epoch)
		assertThat(Date.from(instant)).isNotNull();
	}

	private static void finite(@Nullable Double value) {
		if (value != null) {
			assertThat(value).isFinite();
		}
	}

	/**
	 * One import of in-memory files into checking stores.
	 */
	private static final class Run {

		private final ImportReport report = ImportReports.collecting();

		private final CheckingQuarantine quarantine = new CheckingQuarantine();

		private final RecordingHeartRate heartRate = new RecordingHeartRate();

		private final RecordingStores.Sleep sleep = new RecordingStores.Sleep();

		private final RecordingStores.Daily daily = new RecordingStores.Daily();

		private final FamilyReaders readers;

		Run() {
			ImportContext context = new ImportContext("u1", "fuzz", BERLIN, false,
					new Source("fitbit", "export", "fuzz", CLOCK.instant()), this.report, this.quarantine);
			this.readers = new FamilyReaders(JSON, context, new ImportStores(this.heartRate, this.sleep, this.daily),
					LIMITS.heartRateBatch());
		}

		void read(String path, byte[] bytes) throws IOException {
			ExportFile file = ExportFile.of(path).orElseThrow();
			this.readers.read(file, new ByteArrayInputStream(bytes));
		}

		void finish() {
			this.readers.finish();
			assertThat(ImportReports.view(this.report).errors())
				.allSatisfy((error) -> assertThat(error.reason()).isNotBlank());
			assertThat(ImportReports.view(this.report).skipped())
				.allSatisfy((skipped) -> assertThat(skipped.reason()).isNotBlank());
			checkStores();
		}

		void checkStores() {
			for (SleepSession session : this.sleep.sessions.values()) {
				storable(session.start());
				storable(session.end());
				assertThat(session.end()).isAfterOrEqualTo(session.start());
				session.stages().forEach((stage) -> storable(stage.start()));
			}
			for (DailyActivity day : this.daily.days.values()) {
				finite(day.distanceMeters());
				finite(day.totalKcal());
				if (day.steps() != null) {
					assertThat(day.steps()).isNotEqualTo(Long.MAX_VALUE).isNotEqualTo(Long.MIN_VALUE);
				}
			}
		}

	}

	/**
	 * Keeps nothing, but checks that every quarantined record has a reason.
	 */
	private static final class CheckingQuarantine extends QuarantinedRecords {

		CheckingQuarantine() {
			super(mock(MongoTemplate.class), CLOCK);
		}

		@Override
		void store(ImportContext context, String file, @Nullable Integer line, String reason, String snippet) {
			assertThat(reason).isNotBlank();
			assertThat(snippet).isNotNull();
		}

	}

	/**
	 * Checks what an import hands to the heart-rate store.
	 */
	private static final class RecordingHeartRate implements HeartRateStore {

		@Override
		public int merge(String userId, Collection<HeartRateSample> samples, Source source) {
			for (HeartRateSample sample : samples) {
				assertThat(sample.bpm()).isBetween(1, 255);
				storable(sample.instant());
			}
			return samples.size();
		}

		@Override
		public void restingHeartRate(String userId, LocalDate day, @Nullable Integer restingBpm, Source source) {
			assertThat(restingBpm).isNotNull().isPositive();
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

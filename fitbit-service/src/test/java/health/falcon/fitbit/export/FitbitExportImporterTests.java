package health.falcon.fitbit.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import health.falcon.fitbit.daily.DailyActivity;
import health.falcon.fitbit.heartrate.HeartRateDays;
import health.falcon.fitbit.heartrate.HeartRateSample;
import health.falcon.fitbit.heartrate.MongoHeartRateStore;
import health.falcon.fitbit.sleep.SleepSession;
import health.falcon.ingest.imports.ImportReport;
import health.falcon.ingest.imports.ImportReports;
import health.falcon.ingest.imports.ImportStatus;
import health.falcon.ingest.imports.ImportView;
import health.falcon.model.Source;
import health.falcon.testsupport.Zips;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.util.unit.DataSize;

import static health.falcon.fitbit.export.ExportZips.heartRate;
import static health.falcon.fitbit.export.ExportZips.minutes;
import static health.falcon.fitbit.export.ExportZips.zip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class FitbitExportImporterTests {

	private static final String LEGACY = "MyFitbitData/JaneDoe/Global Export Data/";

	private static final String TAKEOUT = "Takeout/Fitbit/Global Export Data/";

	private static final String HEALTH = "Takeout/Google Health/Physical Activity_GoogleData/";

	private static final String FITNESS = "Takeout/Google Health/Health Fitness Data_GoogleData/";

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);

	private static final MongoServer server = new MongoServer(new MemoryBackend());

	private static final MongoClient client = MongoClients.create(server.bindAndGetConnectionString());

	private final MongoTemplate mongo = new MongoTemplate(client, "falcon");

	private final RecordingStores.Sleep sleep = new RecordingStores.Sleep();

	private final RecordingStores.Daily daily = new RecordingStores.Daily();

	private final HeartRateDays heartRateDays = new HeartRateDays(this.mongo);

	@TempDir
	Path temp;

	@BeforeEach
	void clean() {
		this.mongo.getDb().drop();
	}

	@AfterAll
	static void stop() {
		client.close();
		server.shutdownNow();
	}

	@Test
	void importsTheAccountArchiveLayout() throws IOException {
		Path export = zip()
			.with(LEGACY + "heart_rate-2026-06-01.json",
					heartRate("06/01/26 08:00:05", "61", "06/01/26 08:00:10", "63", "06/01/26 23:59:58", "70"))
			.with(LEGACY + "resting_heart_rate-2026-06-01.json", ExportZips.RESTING)
			.with(LEGACY + "sleep-2026-06-02.json", ExportZips.SLEEP)
			.with(LEGACY + "steps-2026-06-01.json",
					minutes("06/01/26 08:00:00", "100", "06/01/26 08:01:00", "16", "06/02/26 00:00:00", "7"))
			.with(LEGACY + "distance-2026-06-01.json", minutes("06/01/26 08:00:00", "10769", "06/01/26 08:01:00", "31"))
			.with(LEGACY + "calories-2026-06-01.json", minutes("06/01/26 08:00:00", "1.25", "06/01/26 08:01:00", "1.1"))
			.with("MyFitbitData/JaneDoe/Your Profile/Profile.csv", "id,timezone\n1,Europe/Berlin\n")
			.writeTo(this.temp);

		List<ImportView.Progress> progress = new ArrayList<>();
		ImportReport collecting = ImportReports.collecting(progress);
		importer().importZip("u1", export, BERLIN, false, "imp-1", collecting);
		ImportView report = ImportReports.view(collecting);

		assertThat(report.status()).isEqualTo(ImportStatus.SUCCEEDED);
		assertThat(report.format()).isEqualTo("ACCOUNT_ARCHIVE");
		assertThat(progress).first().isEqualTo(new ImportView.Progress(0, 6));
		assertThat(progress).last().isEqualTo(new ImportView.Progress(6, 6));
		assertThat(report.files()).contains(
				new ImportView.FileSummary(LEGACY + "heart_rate-2026-06-01.json", "HEART_RATE", 3, 0),
				new ImportView.FileSummary(LEGACY + "sleep-2026-06-02.json", "SLEEP", 1, 0));
		assertThat(report.files().size()).isEqualTo(6);
		assertThat(report.errors()).isEmpty();
		assertThat(report.skipped()).containsExactly(new ImportView.Skipped(
				LEGACY + "resting_heart_rate-2026-06-01.json", "no resting heart rate that day", 1));
		assertThat(report.rowsImported()).isEqualTo(3 + 2 + 1 + 3 + 2 + 2);
		List<HeartRateSample> samples = this.heartRateDays.samples("u1", LocalDate.parse("2026-06-01"));
		assertThat(samples).containsExactly(
				new HeartRateSample(Instant.parse("2026-06-01T06:00:05Z"), ZoneOffset.ofHours(2), 61),
				new HeartRateSample(Instant.parse("2026-06-01T06:00:10Z"), ZoneOffset.ofHours(2), 63),
				new HeartRateSample(Instant.parse("2026-06-01T21:59:58Z"), ZoneOffset.ofHours(2), 70));
		assertThat(this.heartRateDays.read("u1", LocalDate.parse("2026-06-01"), LocalDate.parse("2026-06-03")))
			.extracting(HeartRateDays.Day::localDate, HeartRateDays.Day::restingBpm)
			.containsExactly(tuple(LocalDate.parse("2026-06-01"), 55), tuple(LocalDate.parse("2026-06-03"), 56));
		SleepSession night = this.sleep.sessions.get(Instant.parse("2026-06-01T21:40:00Z"));
		assertThat(night).isNotNull();
		assertThat(night.end()).isEqualTo(Instant.parse("2026-06-02T05:10:30Z"));
		assertThat(night.dateOfSleep()).isEqualTo(LocalDate.parse("2026-06-02"));
		assertThat(night.stageMinutes()).containsEntry("deep", 80);
		assertThat(night.stages()).hasSize(2);
		assertThat(this.daily.days)
			.containsEntry(LocalDate.parse("2026-06-01"),
					new DailyActivity(LocalDate.parse("2026-06-01"), 116L, 108.0, null, 2.35))
			.containsEntry(LocalDate.parse("2026-06-02"),
					new DailyActivity(LocalDate.parse("2026-06-02"), 7L, null, null, null));
	}

	@Test
	void prefersJsonOverTheCsvTwinAndReadsCsvOnlyFamiliesInTakeout() throws IOException {
		Path export = zip().with(TAKEOUT + "heart_rate-2026-06-01.json", heartRate("06/01/26 08:00:05", "61"))
			.with("Takeout/Fitbit/Physical Activity_GoogleData/heart_rate_2026-06-01.csv",
					"timestamp,beats per minute\n2026-06-01T06:00:05Z,99.0\n")
			.with("Takeout/Fitbit/Physical Activity_GoogleData/steps_2026-06-01.csv",
					"timestamp,steps,data source\n2026-06-01T06:00:00Z,120,Fitbit Air\n2026-06-01T22:30:00Z,5,Fitbit Air\n")
			.with("Takeout/Fitbit/Physical Activity_GoogleData/calories_in_heart_rate_zone_2026-06-01.csv",
					"timestamp,heart rate zone type,kcal,data source\n")
			.writeTo(this.temp);

		ImportView report = read(importer(), "u1", export, BERLIN, true, "imp-1");

		assertThat(report.format()).isEqualTo("TAKEOUT_FITBIT");
		assertThat(report.skipped()).containsExactly(
				new ImportView.Skipped("Takeout/Fitbit/Physical Activity_GoogleData/heart_rate_2026-06-01.csv",
						"duplicate of the JSON files of HEART_RATE", 1));
		assertThat(this.heartRateDays.samples("u1", LocalDate.parse("2026-06-01"))).extracting(HeartRateSample::bpm)
			.containsExactly(61);
		// 22:30Z is already 2 June in Berlin
		assertThat(this.daily.days.get(LocalDate.parse("2026-06-01")).steps()).isEqualTo(120L);
		assertThat(this.daily.days.get(LocalDate.parse("2026-06-02")).steps()).isEqualTo(5L);
	}

	@Test
	void importsTheGoogleHealthCsvLayout() throws IOException {
		Path export = zip()
			.with(HEALTH + "Heart Rate/heart_rate_2026-09-12.csv",
					"timestamp,beats per minute,data source\n2026-09-12T06:00:04Z,65.0,Google Fitbit Air\n"
							+ "2026-09-12T06:00:09.123456Z,66.4,Google Fitbit Air\n")
			.with(HEALTH + "daily_resting_heart_rate.csv",
					"timestamp,beats per minute,data source\n2026-09-12,51.451,Fitbit Air\n2026-09-13T00:00:00,52.0,x\n")
			.with(HEALTH + "distance_2026-09-12.csv", "timestamp,distance,data source\n2026-09-12T06:00:00Z,80.5,x\n")
			.writeTo(this.temp);

		ImportView report = read(importer(), "u1", export, BERLIN, false, "imp-1");

		assertThat(report.format()).isEqualTo("TAKEOUT_GOOGLE_HEALTH");
		assertThat(report.errors()).isEmpty();
		assertThat(this.heartRateDays.samples("u1", LocalDate.parse("2026-09-12"))).extracting(HeartRateSample::bpm)
			.containsExactly(65, 66);
		assertThat(this.heartRateDays.read("u1", LocalDate.parse("2026-09-12"), LocalDate.parse("2026-09-13")))
			.extracting(HeartRateDays.Day::restingBpm)
			.containsExactly(51, 52);
		assertThat(this.daily.days.get(LocalDate.parse("2026-09-12")).distanceMeters()).isEqualTo(80.5);
	}

	@Test
	void importsSleepFromTheCsvPairJoinedOnTheSleepIdAcrossShards() throws IOException {
		Path export = zip()
			.with(FITNESS + "UserSleepStages_2026-09-01.csv",
					"sleep_id,sleep_stage_type,sleep_stage_start,sleep_stage_end\n"
							+ "9001,AWAKE,2026-09-11 22:40:00+0000,2026-09-11 22:52:00+0000\n"
							+ "9001,LIGHT,2026-09-11 22:52:00+0000,2026-09-12 01:40:00+0000\n"
							+ "9001,SNORING,2026-09-12 01:40:00+0000,2026-09-12 01:50:00+0000\n"
							+ "7777,DEEP,2026-08-01 01:00:00+0000,2026-08-01 02:00:00+0000\n")
			.with(FITNESS + "UserSleepStages_2026-09-13.csv",
					"sleep_id,sleep_stage_type,sleep_stage_start,sleep_stage_end\n"
							+ "9001,DEEP,2026-09-12T01:40:00Z,2026-09-12T03:00:00Z\n")
			.with(FITNESS + "UserSleeps_2026-09-01.csv",
					"sleep_id,sleep_type,sleep_start,sleep_end,start_utc_offset,end_utc_offset,minutes_asleep,"
							+ "minutes_awake,minutes_in_sleep_period\n"
							+ "9001,STAGES,2026-09-11 22:40:00+0000,2026-09-12 06:10:30+0000,+02:00,+02:00,412,38,450\n"
							+ "9002,CLASSIC,2026-09-12 12:00:00+0000,2026-09-12 12:40:00+0000,+02:00,+02:00,35,5,40\n"
							+ "9003,STAGES,2026-09-12 12:00:00+0000,,+02:00,+02:00,1,1,2\n")
			.writeTo(this.temp);

		ImportView report = read(importer(), "u1", export, BERLIN, false, "imp-1");

		assertThat(report.format()).isEqualTo("TAKEOUT_GOOGLE_HEALTH");
		assertThat(report.files().size()).isEqualTo(3);
		assertThat(report.errors()).extracting(ImportView.RowError::line, ImportView.RowError::reason)
			.containsExactlyInAnyOrder(tuple(4, "unreadable row: unknown sleep_stage_type"),
					tuple(4, "unreadable row: missing 'sleep_end'"));
		assertThat(report.skipped()).containsExactly(new ImportView.Skipped(FITNESS + "UserSleepStages_2026-09-01.csv",
				"sleep stages without their sleep", 1));
		assertThat(report.rowsImported()).isEqualTo(2);
		SleepSession night = this.sleep.sessions.get(Instant.parse("2026-09-11T22:40:00Z"));
		assertThat(night).isNotNull();
		assertThat(night.end()).isEqualTo(Instant.parse("2026-09-12T06:10:30Z"));
		assertThat(night.offset()).isEqualTo(ZoneOffset.ofHours(2));
		assertThat(night.dateOfSleep()).isEqualTo(LocalDate.parse("2026-09-12"));
		assertThat(night.mainSleep()).isTrue();
		assertThat(night.efficiency()).isEqualTo(92);
		assertThat(night.minutesAsleep()).isEqualTo(412);
		assertThat(night.minutesAwake()).isEqualTo(38);
		assertThat(night.stages()).extracting(SleepSession.Stage::level).containsExactly("wake", "light", "deep");
		assertThat(night.stageMinutes()).containsEntry("wake", 12)
			.containsEntry("light", 168)
			.containsEntry("deep", 80);
		SleepSession nap = this.sleep.sessions.get(Instant.parse("2026-09-12T12:00:00Z"));
		assertThat(nap).isNotNull();
		assertThat(nap.mainSleep()).isFalse();
		assertThat(nap.stages()).isEmpty();
		assertThat(this.mongo.getCollection(QuarantinedRecords.COLLECTION).countDocuments()).isEqualTo(2);
	}

	@Test
	void prefersTheSleepJsonOverTheCsvPairAndReimportsWithoutChanges() throws IOException {
		Path export = zip().with(TAKEOUT + "sleep-2026-06-02.json", ExportZips.SLEEP)
			.with("Takeout/Fitbit/Health Fitness Data_GoogleData/UserSleeps_1.csv",
					"sleep_id,sleep_start,sleep_end\n1,2026-06-01 21:40:00+0000,2026-06-02 05:10:30+0000\n")
			.writeTo(this.temp);

		ImportView report = read(importer(), "u1", export, BERLIN, false, "imp-1");

		assertThat(report.skipped())
			.containsExactly(new ImportView.Skipped("Takeout/Fitbit/Health Fitness Data_GoogleData/UserSleeps_1.csv",
					"duplicate of the JSON files of SLEEP", 1));
		assertThat(this.sleep.sessions).hasSize(1);
		Path csvOnly = zip()
			.with(FITNESS + "UserSleeps_1.csv",
					"sleep_id,sleep_start,sleep_end\n1,2026-06-01 21:40:00+0000,2026-06-02 05:10:30+0000\n")
			.writeTo(this.temp);
		assertThat(read(importer(), "u1", csvOnly, BERLIN, false, "imp-2").rowsImported()).isOne();
		// the same night (start minute) from the JSON and the CSV is one session
		assertThat(this.sleep.sessions).hasSize(1);
	}

	@Test
	void reportsNoDataFilesAsSkipped() throws IOException {
		Path export = zip().with(TAKEOUT + "heart_rate-2026-06-01.json", "no data")
			.with(TAKEOUT + "steps-2026-06-01.json", "[ ]")
			.with("Takeout/Fitbit/Physical Activity_GoogleData/calories_2026-06-01.csv", "timestamp,calories\n")
			.writeTo(this.temp);

		ImportView report = read(importer(), "u1", export, BERLIN, false, "imp-1");

		assertThat(report.errors()).isEmpty();
		assertThat(report.files().size()).isEqualTo(3);
		assertThat(report.skipped()).extracting(ImportView.Skipped::reason).containsOnly("no data").hasSize(3);
		assertThat(this.mongo.getCollection("heart_rate_days").countDocuments()).isZero();
	}

	@Test
	void quarantinesMalformedEntriesAndImportsTheRest() throws IOException {
		String badEntry = heartRate("06/01/26 08:00:05", "61", "yesterday", "62", "06/01/26 08:00:15", "\"x\"",
				"06/01/26 08:00:20", "64");
		Path export = zip().with(LEGACY + "heart_rate-2026-06-01.json", badEntry)
			.with(LEGACY + "heart_rate-2026-06-02.json",
					"[{ \"dateTime\" : \"06/02/26 08:00:05\", \"value\" : { \"bpm\" : 70 } }, { \"dateTime\" : ")
			.writeTo(this.temp);

		ImportView report = read(importer(), "u1", export, BERLIN, false, "imp-1");

		assertThat(report.errors()).hasSize(3);
		assertThat(report.errors().get(0).line()).isEqualTo(3);
		assertThat(report.errors().get(2).reason()).startsWith("malformed JSON");
		assertThat(this.heartRateDays.samples("u1", LocalDate.parse("2026-06-01"))).extracting(HeartRateSample::bpm)
			.containsExactly(61, 64);
		assertThat(this.heartRateDays.samples("u1", LocalDate.parse("2026-06-02"))).extracting(HeartRateSample::bpm)
			.containsExactly(70);
		Document quarantined = this.mongo.getCollection(QuarantinedRecords.COLLECTION)
			.find(new Document("line", 3))
			.first();
		assertThat(quarantined).isNotNull();
		assertThat(quarantined.getString("snippet")).contains("yesterday");
		assertThat(quarantined).containsEntry("userId", "u1").containsEntry("importId", "imp-1");
	}

	@Test
	void refusesAZipBombWholeAndStoresNothing() throws IOException {
		Path export = zip().with(LEGACY + "heart_rate-2026-06-01.json", heartRate("06/01/26 08:00:05", "70"))
			.with(LEGACY + "heart_rate-2026-06-02.json", "[" + " ".repeat(8 * 1024 * 1024) + "]")
			.writeTo(this.temp);

		ImportView report = read(importer(), "u1", export, BERLIN, false, "imp-1");

		assertThat(report.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(report.reason()).contains("exceeds falcon.fitbit.imports.max-compression-ratio 200");
		assertThat(report.errors()).isEmpty();
		assertThat(this.mongo.getCollection("heart_rate_days").countDocuments()).isZero();
	}

	@Test
	void refusesAnEntryWhoseHeadersUnderstateItsSizeAndImportsTheRest() throws IOException {
		StringBuilder digits = new StringBuilder("[\"");
		for (long i = 0; digits.length() < 3 * 1024 * 1024; i++) {
			digits.append((i * 2654435761L) % 1_000_003);
		}
		byte[] lying = Zips.zip()
			.with(LEGACY + "heart_rate-2026-06-01.json",
					digits.append("\"]").toString().getBytes(StandardCharsets.UTF_8))
			.with(LEGACY + "heart_rate-2026-06-02.json",
					heartRate("06/02/26 08:00:05", "70").getBytes(StandardCharsets.UTF_8))
			.declaringSize(100);
		Path export = Files.write(this.temp.resolve("lying.zip"), lying);

		ImportView report = read(importer(limits(100, DataSize.ofMegabytes(1), DataSize.ofMegabytes(64))), "u1", export,
				BERLIN, false, "imp-1");

		assertThat(report.errors()).singleElement()
			.satisfies((error) -> assertThat(error.reason()).isEqualTo("refused: entry '" + LEGACY
					+ "heart_rate-2026-06-01.json' inflates beyond falcon.fitbit.imports.max-entry-size 1MB"));
		assertThat(this.heartRateDays.samples("u1", LocalDate.parse("2026-06-02"))).hasSize(1);
	}

	@Test
	void refusesPathTraversalNames() throws IOException {
		Path export = zip().with("../../etc/heart_rate-2026-06-01.json", heartRate("06/01/26 08:00:05", "61"))
			.with("/abs/steps-2026-06-01.json", minutes("06/01/26 08:00:00", "5"))
			.writeTo(this.temp);

		ImportView report = read(importer(), "u1", export, BERLIN, false, "imp-1");

		assertThat(report.errors()).extracting(ImportView.RowError::reason)
			.containsOnly("refused: the entry name points outside the archive")
			.hasSize(2);
		assertThat(report.files().size()).isZero();
		assertThat(this.mongo.getCollection("heart_rate_days").countDocuments()).isZero();
	}

	@Test
	void refusesEntriesAndArchivesOverTheLimits() throws IOException {
		Path export = zip().with(LEGACY + "heart_rate-2026-06-01.json", heartRate("06/01/26 08:00:05", "61"))
			.with(LEGACY + "heart_rate-2026-06-02.json",
					heartRate("06/02/26 08:00:05", "61", "06/02/26 08:00:10", "62", "06/02/26 08:00:15", "63",
							"06/02/26 08:00:20", "64"))
			.writeTo(this.temp);

		ImportView perEntry = read(importer(limits(100, DataSize.ofBytes(150), DataSize.ofMegabytes(1))), "u1", export,
				BERLIN, false, "imp-1");
		assertThat(perEntry.status()).isEqualTo(ImportStatus.SUCCEEDED);
		assertThat(perEntry.errors()).singleElement()
			.satisfies((error) -> assertThat(error.reason()).contains("falcon.fitbit.imports.max-entry-size 150B"));
		assertThat(this.heartRateDays.samples("u1", LocalDate.parse("2026-06-01"))).hasSize(1);

		ImportView total = read(importer(limits(100, DataSize.ofMegabytes(1), DataSize.ofBytes(150))), "u1", export,
				BERLIN, false, "imp-2");
		assertThat(total.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(total.reason()).contains("falcon.fitbit.imports.max-total-size 150B");

		ImportView entries = read(importer(limits(1, DataSize.ofMegabytes(1), DataSize.ofMegabytes(1))), "u1", export,
				BERLIN, false, "imp-3");
		assertThat(entries.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(entries.reason()).isEqualTo("refused: entry count 2 exceeds falcon.fitbit.imports.max-entries 1");

		Path notAZip = Files.writeString(this.temp.resolve("x.zip"), "hello");
		assertThat(read(importer(), "u1", notAZip, BERLIN, false, "imp-4").reason())
			.isEqualTo("refused: not a readable ZIP archive");
	}

	@Test
	void reimportingTheSameExportChangesNothing() throws IOException {
		Path export = zip()
			.with(LEGACY + "heart_rate-2026-06-01.json",
					heartRate("06/01/26 08:00:05", "61", "06/01/26 08:00:10", "62"))
			.with(LEGACY + "resting_heart_rate-2026-06-01.json", ExportZips.RESTING)
			.with(LEGACY + "sleep-2026-06-02.json", ExportZips.SLEEP)
			.with(LEGACY + "steps-2026-06-01.json", minutes("06/01/26 08:00:00", "100"))
			.writeTo(this.temp);
		read(importer(), "u1", export, BERLIN, false, "imp-1");
		List<Document> before = this.mongo.getCollection("heart_rate_days").find().into(new ArrayList<>());
		Object sleepBefore = List.copyOf(this.sleep.sessions.values());
		Object dailyBefore = List.copyOf(this.daily.days.values());

		ImportView again = read(importer(), "u1", export, BERLIN, false, "imp-2");

		assertThat(again.errors()).isEmpty();
		assertThat(this.mongo.getCollection("heart_rate_days").find().into(new ArrayList<>())).isEqualTo(before);
		assertThat(List.copyOf(this.sleep.sessions.values())).isEqualTo(sleepBefore);
		assertThat(List.copyOf(this.daily.days.values())).isEqualTo(dailyBefore);
	}

	@Test
	void overlapsWithApiDataWithoutDuplicates() throws IOException {
		MongoHeartRateStore store = new MongoHeartRateStore(this.mongo, Clock.systemUTC());
		store.merge("u1",
				List.of(new HeartRateSample(Instant.parse("2026-06-01T06:00:05Z"), ZoneOffset.ofHours(2), 61),
						new HeartRateSample(Instant.parse("2026-06-01T06:00:07Z"), ZoneOffset.ofHours(2), 62)),
				new Source("fitbit", "api", "run-1", CLOCK.instant()));
		Path export = zip()
			.with(LEGACY + "heart_rate-2026-06-01.json",
					heartRate("06/01/26 08:00:05", "61", "06/01/26 08:00:10", "63"))
			.writeTo(this.temp);

		read(importer(), "u1", export, BERLIN, false, "imp-1");

		assertThat(this.heartRateDays.samples("u1", LocalDate.parse("2026-06-01"))).extracting(HeartRateSample::bpm)
			.containsExactly(61, 62, 63);
	}

	@Test
	void readsWallTimesInTheConfirmedZoneAcrossDaylightSavingChanges() throws IOException {
		Path export = zip()
			.with(LEGACY + "heart_rate-2026-10-25.json",
					heartRate("10/25/26 02:30:00", "60", "10/25/26 02:59:55", "61", "10/25/26 02:00:05", "62",
							"10/25/26 02:30:00", "63", "10/25/26 03:00:00", "64"))
			.with(LEGACY + "heart_rate-2026-03-29.json",
					heartRate("03/29/26 01:59:55", "70", "03/29/26 02:30:00", "71"))
			.writeTo(this.temp);

		read(importer(), "u1", export, BERLIN, false, "imp-1");

		assertThat(this.heartRateDays.samples("u1", LocalDate.parse("2026-10-25"))).containsExactly(
				new HeartRateSample(Instant.parse("2026-10-25T00:30:00Z"), ZoneOffset.ofHours(2), 60),
				new HeartRateSample(Instant.parse("2026-10-25T00:59:55Z"), ZoneOffset.ofHours(2), 61),
				new HeartRateSample(Instant.parse("2026-10-25T01:00:05Z"), ZoneOffset.ofHours(1), 62),
				new HeartRateSample(Instant.parse("2026-10-25T01:30:00Z"), ZoneOffset.ofHours(1), 63),
				new HeartRateSample(Instant.parse("2026-10-25T02:00:00Z"), ZoneOffset.ofHours(1), 64));
		// 02:30 does not exist on the spring-forward day: shifted forward to 03:30 CEST
		assertThat(this.heartRateDays.samples("u1", LocalDate.parse("2026-03-29"))).containsExactly(
				new HeartRateSample(Instant.parse("2026-03-29T00:59:55Z"), ZoneOffset.ofHours(1), 70),
				new HeartRateSample(Instant.parse("2026-03-29T01:30:00Z"), ZoneOffset.ofHours(2), 71));

		this.mongo.getDb().drop();
		read(importer(), "u1", export, ZoneId.of("America/New_York"), true, "imp-2");
		assertThat(this.heartRateDays.samples("u1", LocalDate.parse("2026-03-29")).get(0).instant())
			.isEqualTo(Instant.parse("2026-03-29T05:59:55Z"));
	}

	private static ImportView read(FitbitExportImporter importer, String userId, Path zip, ZoneId zone,
			boolean zoneAssumed, String importId) {
		ImportReport report = ImportReports.collecting();
		importer.importZip(userId, zip, zone, zoneAssumed, importId, report);
		return ImportReports.view(report);
	}

	private FitbitExportImporter importer() {
		return importer(FitbitImportProperties.defaults());
	}

	private FitbitExportImporter importer(FitbitImportProperties limits) {
		return new FitbitExportImporter(new MongoHeartRateStore(this.mongo, Clock.systemUTC()), this.sleep, this.daily,
				new QuarantinedRecords(this.mongo, CLOCK), limits, CLOCK);
	}

	private static FitbitImportProperties limits(int entries, DataSize entry, DataSize total) {
		return new FitbitImportProperties(DataSize.ofGigabytes(2), entries, entry, total, 200, 50_000, 1, 8, 2);
	}

}

package health.falcon.dropbox.imports;

import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.jayway.jsonpath.JsonPath;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import health.falcon.dropbox.config.WorkbookConfiguration;
import health.falcon.dropbox.handoff.ExportHandOff;
import health.falcon.dropbox.handoff.ForeignFormat;
import health.falcon.dropbox.handoff.HandOffResult;
import health.falcon.dropbox.profiles.MappingProfiles;
import health.falcon.dropbox.reading.HostileWorkbooks;
import health.falcon.dropbox.store.BloodPressureStore;
import health.falcon.dropbox.store.HrvRecordingStore;
import health.falcon.ingest.imports.ImportsAutoConfiguration;
import health.falcon.documents.settings.UserZones;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

/**
 * The {@code dropbox} reader through the ingest kit's import endpoints
 * ({@code /api/connections/dropbox/imports}) over an in-process MongoDB: every format,
 * hand-offs, duplicates, and each refusal with its problem.
 */
@WebMvcTest(properties = { "falcon.dropbox.imports.max-upload-size=16KB", "falcon.dropbox.imports.workers=1",
		"falcon.dropbox.imports.queue-capacity=2", "falcon.dropbox.imports.max-concurrent-per-user=2" })
@ContextConfiguration(classes = DropboxImportsTests.Config.class)
class DropboxImportsTests {

	private static final String OMRON = """
			Date,Time,Systolic (mmHg),Diastolic (mmHg),Pulse (bpm),Symptoms,Consumed,TruRead,Notes
			Mar 10 2026,07:45,124,79,61,-,-,-,-
			Mar 9 2026,21:30,abc,84,66,-,-,On,after walk
			Mar 8 2026,21:30,131,84,66,-,-,On,-
			""";

	private static final MongoServer server = new MongoServer(new MemoryBackend());

	private static final MongoClient client = MongoClients.create(server.bindAndGetConnectionString());

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private MongoTemplate mongo;

	@Autowired
	private BloodPressureStore bloodPressure;

	@MockitoBean
	private JwtDecoder jwtDecoder;

	@MockitoBean
	private ExportHandOff handOff;

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
	void acceptsAnUploadAndReportsTheImport() {
		this.mongo.getCollection("user_settings")
			.insertOne(new Document("_id", "u1").append("timeZone", "Europe/Berlin"));
		MvcTestResult result = upload("u1", "export.csv", OMRON.getBytes(StandardCharsets.UTF_8));
		assertThat(result).hasStatus(202);
		assertThat(result).bodyJson().extractingPath("$.status").isEqualTo("QUEUED");
		String location = result.getResponse().getHeader("Location");
		assertThat(location).startsWith("/api/connections/dropbox/imports/");
		MvcTestResult finished = finished("u1", location);
		assertThat(finished).bodyJson().extractingPath("$.fileName").isEqualTo("export.csv");
		assertThat(finished).bodyJson().extractingPath("$.provider").isEqualTo("dropbox");
		assertThat(finished).bodyJson().extractingPath("$.origin").isEqualTo("UPLOAD");
		assertThat(finished).bodyJson().extractingPath("$.status").isEqualTo("SUCCEEDED");
		assertThat(finished).bodyJson().extractingPath("$.format").isEqualTo("OMRON_CONNECT");
		assertThat(finished).bodyJson().extractingPath("$.rowsImported").isEqualTo(2);
		assertThat(finished).bodyJson().extractingPath("$.rowsSkipped").isEqualTo(1);
		assertThat(finished).bodyJson().extractingPath("$.errors[0].line").isEqualTo(3);
		assertThat(finished).bodyJson()
			.extractingPath("$.errors[0].reason")
			.isEqualTo("systolic is not a number: 'abc'");
		assertThat(finished).bodyJson().extractingPath("$.zone").isEqualTo("Europe/Berlin");
		Document reading = this.mongo.getCollection("blood_pressure").find(new Document("source.line", 2)).first();
		assertThat(reading.get("time", Document.class).getString("offset")).isEqualTo("+01:00");
		assertThat(reading.get("source", Document.class).getString("sha256")).hasSize(64);
	}

	@Test
	void recognisesTheSameContentAndDoesNotImportItAgain() {
		String first = upload("u1", "a.csv", OMRON.getBytes(StandardCharsets.UTF_8)).getResponse()
			.getHeader("Location");
		finished("u1", first);
		MvcTestResult again = upload("u1", "renamed.csv", OMRON.getBytes(StandardCharsets.UTF_8));
		assertThat(again).hasStatus(202);
		assertThat(again).bodyJson().extractingPath("$.status").isEqualTo("DUPLICATE");
		MvcTestResult report = get("u1", again.getResponse().getHeader("Location"));
		assertThat(report).bodyJson()
			.extractingPath("$.duplicateOf")
			.isEqualTo(first.substring(first.lastIndexOf('/') + 1));
		assertThat(report).bodyJson().extractingPath("$.reason").asString().contains("imported before");
		assertThat(this.bloodPressure.count("u1")).isEqualTo(2);
		assertThat(this.mongo.getCollection("imported_files").countDocuments()).isEqualTo(2);
		String other = upload("u2", "a.csv", OMRON.getBytes(StandardCharsets.UTF_8)).getResponse()
			.getHeader("Location");
		assertThat(finished("u2", other)).bodyJson().extractingPath("$.rowsImported").isEqualTo(2);
	}

	@Test
	void reportsBinaryJunkDamagedArchivesAndUnknownHeadersAsUnsupported() {
		String junk = upload("u1", "x.csv", new byte[] { 'a', 0, 1, 2, 3 }).getResponse().getHeader("Location");
		assertThat(finished("u1", junk)).bodyJson().extractingPath("$.status").isEqualTo("UNSUPPORTED");
		String zip = upload("u1", "x.xlsx", new byte[] { 'P', 'K', 3, 4, 0 }).getResponse().getHeader("Location");
		assertThat(finished("u1", zip)).bodyJson()
			.extractingPath("$.reason")
			.asString()
			.contains("not an Excel workbook");
		String unknown = upload("u1", "bp.csv", "When,High,Low\n".getBytes(StandardCharsets.UTF_8)).getResponse()
			.getHeader("Location");
		MvcTestResult report = finished("u1", unknown);
		assertThat(report).bodyJson().extractingPath("$.status").isEqualTo("UNSUPPORTED");
		assertThat(report).bodyJson().extractingPath("$.reason").asString().contains("no column mapping profile");
		then(this.handOff).shouldHaveNoInteractions();
	}

	@Test
	void importsAnIHealthWorkbookAsItsFirstSheet() throws IOException {
		MvcTestResult finished = finished("u1",
				upload("u1", "ihealth.xlsx", TestFiles.iHealthWorkbook()).getResponse().getHeader("Location"));
		assertThat(finished).bodyJson().extractingPath("$.format").isEqualTo("IHEALTH");
		assertThat(finished).bodyJson().extractingPath("$.rowsImported").isEqualTo(2);
		assertThat(finished).bodyJson().extractingPath("$.rowsSkipped").isEqualTo(1);
		assertThat(finished).bodyJson().extractingPath("$.errors[0].line").isEqualTo(4);
		assertThat(this.bloodPressure.count("u1")).isEqualTo(2);
	}

	@Test
	void handsMyFitnessPalAndFitbitExportsOverToTheirServices() throws IOException {
		given(this.handOff.handOver(any(), argThat((file) -> file.userId().equals("u1")))).willAnswer((invocation) -> {
			ForeignFormat format = invocation.getArgument(0);
			return new HandOffResult(format, true, "imp-1", "handed over to " + format.service() + " (import imp-1)",
					false);
		});
		MvcTestResult nutrition = finished("u1", upload("u1", "Nutrition-Summary.csv",
				"Date,Meal,Calories,Fat (g)\n2026-03-10,Breakfast,412.0,12.5\n".getBytes(StandardCharsets.UTF_8))
			.getResponse()
			.getHeader("Location"));
		assertThat(nutrition).bodyJson().extractingPath("$.status").isEqualTo("HANDED_OFF");
		assertThat(nutrition).bodyJson().extractingPath("$.format").isEqualTo("MYFITNESSPAL");
		assertThat(nutrition).bodyJson().extractingPath("$.reason").asString().contains("diet-service", "imp-1");
		MvcTestResult fitbit = finished("u1",
				upload("u1", "takeout.zip",
						TestFiles.zip("Takeout/Fitbit/Global Export Data/steps-2026-06-01.json", "[]"))
					.getResponse()
					.getHeader("Location"));
		assertThat(fitbit).bodyJson().extractingPath("$.status").isEqualTo("HANDED_OFF");
		assertThat(fitbit).bodyJson().extractingPath("$.format").isEqualTo("FITBIT");
		then(this.handOff).should()
			.handOver(eq(ForeignFormat.MYFITNESSPAL), argThat((file) -> file.fileName().equals("Nutrition-Summary.csv")
					&& file.recordId().equals(id(nutrition)) && file.sha256().equals(sha256(nutrition))));
		then(this.handOff).should()
			.handOver(eq(ForeignFormat.FITBIT), argThat((file) -> file.fileName().equals("takeout.zip")
					&& file.recordId().equals(id(fitbit)) && file.userId().equals("u1")));
		assertThat(this.bloodPressure.count("u1")).isZero();
	}

	@Test
	void reportsAHandOffTheOtherServiceRefusedAsFailed() {
		given(this.handOff.handOver(any(), any())).willReturn(new HandOffResult(ForeignFormat.MYFITNESSPAL, false, null,
				"diet-service refused the file: not a MyFitnessPal export", false));
		MvcTestResult report = finished("u1",
				upload("u1", "Measurement-Summary.csv",
						"Date,Weight\n2026-03-10,82.4\n".getBytes(StandardCharsets.UTF_8))
					.getResponse()
					.getHeader("Location"));
		assertThat(report).bodyJson().extractingPath("$.status").isEqualTo("FAILED");
		assertThat(report).bodyJson().extractingPath("$.reason").asString().contains("refused");
	}

	@Test
	void storesACardioMoodReport() {
		String report = "CardioMood Report\nDate: 4/2/26\nMeasurement time: 7:05 AM - 7:07 AM\nSDNN = 10.0\n"
				+ "The numbers above were calculated using following data:\n n timestamp rr bpm\n 1 0 1000 60\n"
				+ " 2 1000 1100 55\n 3 2100 1000 60\n";
		String location = upload("u1", "2026-04-02 07-05-00_s001.txt", report.getBytes(StandardCharsets.UTF_8))
			.getResponse()
			.getHeader("Location");
		MvcTestResult finished = finished("u1", location);
		assertThat(finished).bodyJson().extractingPath("$.format").isEqualTo("CARDIOMOOD");
		assertThat(finished).bodyJson().extractingPath("$.rowsImported").isEqualTo(3);
		assertThat(finished).bodyJson().extractingPath("$.reason").asString().contains("SDNN");
		assertThat(this.mongo.getCollection("hrv_recordings").find().first().getBoolean("disagrees")).isTrue();
	}

	@Test
	void hidesOtherUsersImports() {
		String location = upload("u1", "a.csv", OMRON.getBytes(StandardCharsets.UTF_8)).getResponse()
			.getHeader("Location");
		assertProblem(get("u2", location), 404, "import-not-found");
		assertProblem(get("u1", "/api/connections/dropbox/imports/nope"), 404, "import-not-found");
	}

	@Test
	void refusesEmptyAndOversizedUploads() {
		assertProblem(upload("u1", "a.csv", new byte[0]), 400, "invalid-upload");
		assertProblem(upload("u1", "a.csv", new byte[20_000]), 413, "payload-too-large");
		assertThat(this.mongo.getCollection("imported_files").countDocuments()).isZero();
	}

	@Test
	void readsAnUploadThroughTheChosenMappingProfileWhateverItsHeader() {
		this.mongo.getCollection("mapping_profiles")
			.insertOne(new Document("_id", "p1").append("userId", "u1")
				.append("name", "Clinic")
				.append("columns",
						new Document("date", "Day").append("systolic", "High")
							.append("diastolic", "Low")
							.append("pulse", null)
							.append("time", "Time"))
				.append("dateFormat", "dd.MM.yyyy")
				.append("timeFormat", "HH:mm")
				.append("createdAt", new Date()));
		MvcTestResult report = finished("u1",
				upload("u1", "clinic.csv",
						"Day,Time,High,Low\n10.03.2026,07:45,121,79\n".getBytes(StandardCharsets.UTF_8), "p1")
					.getResponse()
					.getHeader("Location"));
		assertThat(report).bodyJson().extractingPath("$.format").isEqualTo("GENERIC");
		assertThat(report).bodyJson().extractingPath("$.errors").asArray().isEmpty();
		assertThat(report).bodyJson().extractingPath("$.rowsImported").isEqualTo(1);
	}

	@Test
	void refusesAnUnknownOrAnotherUsersProfile() {
		this.mongo.getCollection("mapping_profiles")
			.insertOne(new Document("_id", "p2").append("userId", "u2").append("name", "Theirs"));
		assertProblem(upload("u1", "a.csv", OMRON.getBytes(StandardCharsets.UTF_8), "nope"), 404, "profile-not-found");
		assertProblem(upload("u1", "a.csv", OMRON.getBytes(StandardCharsets.UTF_8), "p2"), 404, "profile-not-found");
		assertThat(this.mongo.getCollection("imported_files").countDocuments()).isZero();
	}

	@Test
	void refusesUploadsWhileTheQueueIsFull() throws InterruptedException {
		CountDownLatch release = new CountDownLatch(1);
		given(this.handOff.handOver(any(), any())).willAnswer((invocation) -> {
			release.await(10, TimeUnit.SECONDS);
			return new HandOffResult(ForeignFormat.MYFITNESSPAL, true, "imp-1", "handed over", false);
		});
		try {
			// one running and two waiting fill the worker and the queue (capacity 2)
			assertThat(upload("busy-1", "a.csv", nutrition(1))).hasStatus(202);
			awaitRunning();
			assertThat(upload("busy-2", "b.csv", nutrition(2))).hasStatus(202);
			assertThat(upload("busy-3", "c.csv", nutrition(3))).hasStatus(202);

			assertProblem(upload("busy-4", "d.csv", nutrition(4)), 503, "import-queue-full");
		}
		finally {
			release.countDown();
			awaitIdle();
		}
	}

	@Test
	void refusesAWorkbookRowGapBombAndAZipBombWithAReportNamingTheLimit(@TempDir Path temp) throws IOException {
		byte[] gap = Files.readAllBytes(HostileWorkbooks.rowGap(temp.resolve("gap.xlsx")));
		byte[] bomb = HostileWorkbooks.withZeros(TestFiles.iHealthWorkbook(), "xl/media/padding.bin", 8L * 1024 * 1024);

		MvcTestResult gapReport = finished("u1", upload("u1", "gap.xlsx", gap).getResponse().getHeader("Location"));
		MvcTestResult bombReport = finished("u1", upload("u1", "bomb.xlsx", bomb).getResponse().getHeader("Location"));

		assertThat(gapReport).bodyJson().extractingPath("$.status").isEqualTo("FAILED");
		assertThat(gapReport).bodyJson()
			.extractingPath("$.reason")
			.isEqualTo("refused: row 1000000 follows row 2: a gap of 999997 empty rows exceeds "
					+ "falcon.dropbox.imports.workbook.max-row-gap 1000");
		assertThat(bombReport).bodyJson().extractingPath("$.status").isEqualTo("FAILED");
		assertThat(bombReport).bodyJson()
			.extractingPath("$.reason")
			.asString()
			.contains("exceeds falcon.dropbox.imports.workbook.max-compression-ratio 100");
		assertThat(this.bloodPressure.count("u1")).isZero();
		MvcTestResult next = finished("u1",
				upload("u1", "export.csv", OMRON.getBytes(StandardCharsets.UTF_8)).getResponse().getHeader("Location"));
		assertThat(next).bodyJson().extractingPath("$.status").isEqualTo("SUCCEEDED");
	}

	@Test
	void capsTheConcurrentImportsOfOneUserAndLetsAnotherUserIn() throws InterruptedException {
		CountDownLatch release = new CountDownLatch(1);
		given(this.handOff.handOver(any(), any())).willAnswer((invocation) -> {
			release.await(10, TimeUnit.SECONDS);
			return new HandOffResult(ForeignFormat.MYFITNESSPAL, true, "imp-1", "handed over", false);
		});
		try {
			assertThat(upload("busy-1", "a.csv", nutrition(1))).hasStatus(202);
			awaitRunning();
			assertThat(upload("busy-1", "b.csv", nutrition(2))).hasStatus(202);

			MvcTestResult refused = upload("busy-1", "c.csv", nutrition(3));

			assertProblem(refused, 429, "too-many-imports");
			assertThat(refused.getResponse().getHeader("Retry-After")).isEqualTo("30");
			assertThat(refused).bodyJson()
				.extractingPath("$.detail")
				.asString()
				.contains("falcon.dropbox.imports.max-concurrent-per-user 2");
			assertThat(upload("busy-2", "a.csv", nutrition(1))).hasStatus(202);
		}
		finally {
			release.countDown();
			awaitIdle();
		}
	}

	private void awaitRunning() {
		await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> then(this.handOff).should().handOver(any(), any()));
	}

	/**
	 * Wait until the blocked imports have ended, so that the next test meets an empty
	 * queue (the users here are used by no other test, so their per-user counts do not
	 * matter).
	 */
	private void awaitIdle() {
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.mongo.getCollection("imported_files")
				.countDocuments(new Document("status", new Document("$in", List.of("QUEUED", "RUNNING"))))).isZero());
	}

	private static byte[] nutrition(int day) {
		return ("Date,Meal,Calories,Fat (g)\n2026-03-1" + day + ",Breakfast,412.0,12.5\n")
			.getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void requiresAToken() {
		assertProblem(this.mvc.get().uri("/api/connections/dropbox/imports/x").exchange(), 401, "unauthenticated");
		assertProblem(this.mvc.post()
			.uri("/api/connections/dropbox/imports")
			.multipart()
			.file(new MockMultipartFile("file", "a.csv", "text/csv", new byte[] { 'a' }))
			.exchange(), 401, "unauthenticated");
	}

	private MvcTestResult finished(String user, String location) {
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(get(user, location)).bodyJson()
				.extractingPath("$.status")
				.asString()
				.isNotIn("QUEUED", "RUNNING"));
		return get(user, location);
	}

	private MvcTestResult upload(String user, String name, byte[] content) {
		return upload(user, name, content, null);
	}

	private MvcTestResult upload(String user, String name, byte[] content, @Nullable String profile) {
		String uri = "/api/connections/dropbox/imports" + ((profile != null) ? "?profile=" + profile : "");
		return this.mvc.post()
			.uri(uri)
			.with(jwt().jwt((token) -> token.subject(user)))
			.multipart()
			.file(new MockMultipartFile("file", name, "text/csv", content))
			.exchange();
	}

	private MvcTestResult get(String user, String location) {
		return this.mvc.get().uri(location).with(jwt().jwt((token) -> token.subject(user))).exchange();
	}

	private static String id(MvcTestResult result) {
		return field(result, "$.id");
	}

	private static String sha256(MvcTestResult result) {
		return field(result, "$.sha256");
	}

	private static String field(MvcTestResult result, String path) {
		try {
			return JsonPath.read(result.getResponse().getContentAsString(), path);
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void assertProblem(MvcTestResult result, int status, String slug) {
		assertThat(result).hasStatus(status).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("https://falcon.health/problems/" + slug);
	}

	@SpringBootConfiguration
	@EnableConfigurationProperties(ImportProperties.class)
	@Import({ WorkbookConfiguration.class, DropboxImportReader.class, UserZones.class, FileImporter.class,
			BloodPressureStore.class, HrvRecordingStore.class, MappingProfiles.class })
	@ImportAutoConfiguration(ImportsAutoConfiguration.class)
	static class Config {

		@Bean
		MongoTemplate mongoTemplate() {
			return new MongoTemplate(client, "falcon-dropbox");
		}

		@Bean
		Clock clock() {
			return Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);
		}

	}

}

package health.falcon.diet.export;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import health.falcon.ingest.handoff.HandOffFormat;
import health.falcon.ingest.handoff.HandOffRecords;
import health.falcon.ingest.imports.ImportedFiles;
import health.falcon.testsupport.ConnectorTestConfiguration;
import health.falcon.testsupport.ConnectorTestProperties;
import health.falcon.testsupport.HandOffFixtures;
import health.falcon.testsupport.ImportRequests;
import health.falcon.testsupport.InMemoryMongo;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMultipartMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.willAnswer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

/**
 * MyFitnessPal exports through the ingest kit's endpoints in the whole service: uploads,
 * reports, every refusal, the hand-off from dropbox-ingest, and the runs of the old
 * {@code diet_imports} collection, which show through the new endpoints after start-up.
 */
@SpringBootTest(properties = { "falcon.diet.imports.max-upload-size=4KB", "falcon.internal.clients=falcon-ingest" })
@AutoConfigureMockMvc
@Import(ConnectorTestConfiguration.class)
class MyFitnessPalImportEndpointsTests {

	private static final String IMPORTS = "/api/connections/myfitnesspal/imports";

	private static final String HAND_OFF = "/internal/myfitnesspal/imports";

	private static final String LEGACY_USER = "legacy";

	private static final InMemoryMongo mongoServer = InMemoryMongo.start();

	private static final byte[] EXPORT = Exports.zip();

	private static final AtomicInteger users = new AtomicInteger();

	static {
		try (MongoClient client = MongoClients.create(mongoServer.connectionString())) {
			client.getDatabase("falcon")
				.getCollection(DietLegacyImports.COLLECTION)
				.insertOne(DietLegacyImportsTests
					.run("legacy-run", "SUCCEEDED",
							List.of(DietLegacyImportsTests.file("Nutrition-Summary.csv", "NUTRITION", 4, 1,
									DietLegacyImportsTests.error(5, "'calories' is not a number"))))
					.append("userId", LEGACY_USER));
		}
	}

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private MongoTemplate mongo;

	@Autowired
	private HandOffRecords handOffs;

	@Autowired
	private ApplicationContext context;

	@MockitoSpyBean
	private MyFitnessPalImporter importer;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		ConnectorTestProperties.ingestKit(registry, mongoServer);
		registry.add("falcon.diet.myfitnesspal.web-base-url", () -> "http://127.0.0.1:9/www");
		registry.add("falcon.diet.myfitnesspal.api-base-url", () -> "http://127.0.0.1:9/api");
	}

	@AfterAll
	static void stop() {
		mongoServer.close();
	}

	@BeforeEach
	void forgetHandOffRecords() {
		this.mongo.getCollection(ImportedFiles.COLLECTION).deleteMany(Filters.eq("origin", "DROPBOX"));
	}

	@Test
	void acceptsAZipAndReportsTheFinishedImport() {
		String user = user();
		MvcTestResult result = upload(user, "export.zip", EXPORT);
		assertThat(result).hasStatus(202);
		assertThat(result).bodyJson().extractingPath("$.status").isEqualTo("QUEUED");
		String location = result.getResponse().getHeader("Location");
		assertThat(location).startsWith(IMPORTS + "/");
		awaitStatus(user, location, "SUCCEEDED");
		MvcTestResult finished = get(user, location);
		assertThat(finished).bodyJson().extractingPath("$.provider").isEqualTo("myfitnesspal");
		assertThat(finished).bodyJson().extractingPath("$.origin").isEqualTo("UPLOAD");
		assertThat(finished).bodyJson().extractingPath("$.fileName").isEqualTo("export.zip");
		assertThat(finished).bodyJson().extractingPath("$.format").isEqualTo("MYFITNESSPAL_ZIP");
		assertThat(finished).bodyJson().extractingPath("$.rowsImported").isEqualTo(8);
		assertThat(finished).bodyJson().extractingPath("$.files[0].kind").isEqualTo("NUTRITION");
		assertThat(finished).bodyJson().extractingPath("$.files[0].rowsImported").isEqualTo(4);
		assertThat(finished).bodyJson().extractingPath("$.errors[0].line").isEqualTo(5);
		assertThat(get(user, IMPORTS)).bodyJson().extractingPath("$[0].fileName").isEqualTo("export.zip");
	}

	@Test
	void acceptsASingleCsv() {
		String user = user();
		MvcTestResult result = upload(user, "Measurement-Summary.csv", "Date,Weight\n2026-03-10,82.4\n".getBytes());
		assertThat(result).hasStatus(202);
		MvcTestResult finished = awaitStatus(user, result.getResponse().getHeader("Location"), "SUCCEEDED");
		assertThat(finished).bodyJson().extractingPath("$.format").isEqualTo("MYFITNESSPAL_CSV");
		assertThat(finished).bodyJson().extractingPath("$.files[0].kind").isEqualTo("MEASUREMENT");
	}

	@Test
	void recordsTheSameContentAgainAsADuplicate() {
		String user = user();
		awaitStatus(user, upload(user, "export.zip", EXPORT).getResponse().getHeader("Location"), "SUCCEEDED");
		MvcTestResult again = upload(user, "export-again.zip", EXPORT);
		assertThat(again).hasStatus(202);
		assertThat(again).bodyJson().extractingPath("$.status").isEqualTo("DUPLICATE");
	}

	@Test
	void hidesOtherUsersImports() {
		String location = upload(user(), "export.zip", EXPORT).getResponse().getHeader("Location");
		assertProblem(get(user(), location), 404, "import-not-found");
		assertProblem(get(user(), IMPORTS + "/nope"), 404, "import-not-found");
	}

	@Test
	void refusesBadUploads() {
		String user = user();
		MvcTestResult png = upload(user, "photo.png", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0 });
		assertProblem(png, 400, "invalid-upload");
		assertThat(png).bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("The upload is neither a ZIP archive nor a CSV file.");
		assertProblem(upload(user, "notes.txt", "just some words".getBytes()), 400, "invalid-upload");
		MvcTestResult empty = upload(user, "export.zip", new byte[0]);
		assertProblem(empty, 400, "invalid-upload");
		assertThat(empty).bodyJson().extractingPath("$.detail").isEqualTo("The upload is empty.");
		assertProblem(upload(user, "export.csv", new byte[8192]), 413, "payload-too-large");
		assertProblem(
				this.mvc.post().uri(IMPORTS).with(jwt().jwt((token) -> token.subject(user))).multipart().exchange(),
				400, "malformed-request");
		assertNothingImported(user);
	}

	@Test
	void capsTheConcurrentImportsOfOneUserAndLetsAnotherUserIn() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		willAnswer((invocation) -> release.await(10, TimeUnit.SECONDS)).given(this.importer).read(any(), any());
		String user = user();
		try {
			assertThat(upload(user, "export.zip", EXPORT)).hasStatus(202);
			assertThat(upload(user, "other.csv", "Date,Weight\n2026-03-10,82.4\n".getBytes())).hasStatus(202);

			MvcTestResult refused = upload(user, "third.csv", "Date,Weight\n2026-03-11,82.4\n".getBytes());

			assertProblem(refused, 429, "too-many-imports");
			assertThat(refused.getResponse().getHeader("Retry-After")).isEqualTo("30");
			assertThat(refused).bodyJson()
				.extractingPath("$.detail")
				.asString()
				.contains("falcon.diet.imports.max-concurrent-per-user 2");
			assertThat(upload(user(), "export.zip", EXPORT)).hasStatus(202);
		}
		finally {
			release.countDown();
		}
	}

	@Test
	void requiresAToken() {
		assertProblem(this.mvc.get().uri(IMPORTS + "/x").exchange(), 401, "unauthenticated");
		assertProblem(this.mvc.post()
			.uri(IMPORTS)
			.multipart()
			.file(new MockMultipartFile("file", "export.zip", "application/zip", EXPORT))
			.exchange(), 401, "unauthenticated");
	}

	@Test
	void importsAFileHandedOverUnderTheRecordOfThatUsersFile() {
		String victim = user();
		record("rec-1", victim, HandOffFormat.MYFITNESSPAL, EXPORT);
		MvcTestResult result = handOver("rec-1", victim, EXPORT).exchange();
		assertThat(result).hasStatus(202);
		String location = result.getResponse().getHeader("Location");
		assertThat(location).startsWith(IMPORTS + "/");
		MvcTestResult finished = awaitStatus(victim, location, "SUCCEEDED");
		assertThat(finished).bodyJson().extractingPath("$.origin").isEqualTo("HANDOFF");
		assertThat(finished).bodyJson().extractingPath("$.rowsImported").isEqualTo(8);
	}

	@Test
	void refusesAServiceTokenPostingIntoAUserWithoutARecord() {
		String victim = user();
		assertProblem(handOver("rec-1", victim, EXPORT).exchange(), 404, "hand-off-not-found");
		assertNothingImported(victim);
	}

	@Test
	void refusesTheVictimsRecordWithOtherBytes() {
		String victim = user();
		record("rec-1", victim, HandOffFormat.MYFITNESSPAL, EXPORT);
		byte[] forged = Exports.MEASUREMENT.replace("181.7", "281.7").getBytes(StandardCharsets.UTF_8);
		assertProblem(handOver("rec-1", victim, forged).exchange(), 403, "hand-off-mismatch");
		assertNothingImported(victim);
	}

	@Test
	void refusesTheRecordOfOneUserNamingAnother() {
		String victim = user();
		record("rec-1", user(), HandOffFormat.MYFITNESSPAL, EXPORT);
		assertProblem(handOver("rec-1", victim, EXPORT).exchange(), 404, "hand-off-not-found");
		assertNothingImported(victim);
	}

	@Test
	void refusesARecordHandedOverToFitbitService() {
		String victim = user();
		record("rec-1", victim, HandOffFormat.FITBIT, EXPORT);
		assertProblem(handOver("rec-1", victim, EXPORT).exchange(), 404, "hand-off-not-found");
		assertNothingImported(victim);
	}

	@Test
	void refusesHandOversWithoutAServiceTokenOrARecordId() {
		String victim = user();
		record("rec-1", victim, HandOffFormat.MYFITNESSPAL, EXPORT);
		assertProblem(handOver("rec-1", victim, EXPORT, jwt().jwt((token) -> token.subject(victim))).exchange(), 403,
				"forbidden");
		assertProblem(this.mvc.post()
			.uri(HAND_OFF)
			.param("record", "rec-1")
			.param("user", victim)
			.multipart()
			.file(new MockMultipartFile("file", "export.zip", "application/zip", EXPORT))
			.exchange(), 401, "unauthenticated");
		assertProblem(this.mvc.post()
			.uri(HAND_OFF)
			.param("user", victim)
			.with(serviceToken())
			.multipart()
			.file(new MockMultipartFile("file", "export.zip", "application/zip", EXPORT))
			.exchange(), 400, "validation");
		assertProblem(handOver("rec-1", " ", EXPORT).exchange(), 400, "validation");
		assertNothingImported(victim);
	}

	@Test
	void refusesAServiceTokenOfAnotherClientEvenWithARealRecord() {
		String victim = user();
		record("rec-1", victim, HandOffFormat.MYFITNESSPAL, EXPORT);
		assertProblem(
				handOver("rec-1", victim, EXPORT,
						jwt().jwt((token) -> token.subject("falcon-other"))
							.authorities(new SimpleGrantedAuthority("SCOPE_falcon.internal")))
					.exchange(),
				403, "forbidden");
		assertNothingImported(victim);
	}

	@Test
	void showsTheRunsOfTheOldCollectionThroughTheNewEndpoints() {
		assertThat(this.mongo.collectionExists(DietLegacyImports.COLLECTION)).isFalse();
		MvcTestResult migrated = get(LEGACY_USER, IMPORTS + "/legacy-run");
		assertThat(migrated).hasStatus(200);
		assertThat(migrated).bodyJson().extractingPath("$.status").isEqualTo("SUCCEEDED");
		assertThat(migrated).bodyJson().extractingPath("$.origin").isEqualTo("UPLOAD");
		assertThat(migrated).bodyJson().extractingPath("$.fileName").isEqualTo("export.zip");
		assertThat(migrated).bodyJson().extractingPath("$.rowsImported").isEqualTo(4);
		assertThat(migrated).bodyJson().extractingPath("$.files[0].name").isEqualTo("Nutrition-Summary.csv");
		assertThat(migrated).bodyJson().extractingPath("$.errors[0].line").isEqualTo(5);
		assertThat(get(LEGACY_USER, IMPORTS)).bodyJson().extractingPath("$[0].id").isEqualTo("legacy-run");
		assertProblem(get(user(), IMPORTS + "/legacy-run"), 404, "import-not-found");
	}

	@Test
	void migratingAgainChangesNothing() {
		Document before = migratedRun();
		this.mongo.getCollection(DietLegacyImports.COLLECTION)
			.insertOne(DietLegacyImportsTests.run("legacy-run", "QUEUED", List.of()).append("userId", LEGACY_USER));

		this.context.getBean("falconLegacyImportMigration", SmartInitializingSingleton.class)
			.afterSingletonsInstantiated();

		assertThat(migratedRun()).isEqualTo(before);
		assertThat(this.mongo.collectionExists(DietLegacyImports.COLLECTION)).isFalse();
	}

	private Document migratedRun() {
		Document run = this.mongo.getCollection(ImportedFiles.COLLECTION).find(Filters.eq("_id", "legacy-run")).first();
		assertThat(run).isNotNull();
		return run;
	}

	private static String user() {
		return "user-" + users.incrementAndGet();
	}

	private void record(String recordId, String userId, HandOffFormat format, byte[] content) {
		HandOffFixtures.record(this.mongo, this.handOffs, recordId, userId, format, content);
	}

	private MvcTestResult upload(String user, String name, byte[] content) {
		return this.mvc.post()
			.uri(IMPORTS)
			.with(jwt().jwt((token) -> token.subject(user)))
			.multipart()
			.file(new MockMultipartFile("file", name, "application/octet-stream", content))
			.exchange();
	}

	private MvcTestResult get(String user, String location) {
		return this.mvc.get().uri(location).with(jwt().jwt((token) -> token.subject(user))).exchange();
	}

	private MvcTestResult awaitStatus(String user, String location, String status) {
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(
					() -> assertThat(get(user, location)).bodyJson().extractingPath("$.status").isEqualTo(status));
		return get(user, location);
	}

	private MockMultipartMvcRequestBuilder handOver(String recordId, String user, byte[] content) {
		return handOver(recordId, user, content, serviceToken());
	}

	private MockMultipartMvcRequestBuilder handOver(String recordId, String user, byte[] content,
			RequestPostProcessor token) {
		return ImportRequests.handOver(this.mvc, "myfitnesspal", recordId, user, content, token);
	}

	private static RequestPostProcessor serviceToken() {
		return ImportRequests.serviceToken(ImportRequests.INGEST_CLIENT);
	}

	private void assertNothingImported(String user) {
		assertThat(this.mongo.getCollection(ImportedFiles.COLLECTION)
			.countDocuments(Filters.and(Filters.eq("userId", user), Filters.eq("provider", "myfitnesspal")))).isZero();
	}

	private static void assertProblem(MvcTestResult result, int status, String slug) {
		assertThat(result).hasStatus(status).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("https://falcon.health/problems/" + slug);
	}

}

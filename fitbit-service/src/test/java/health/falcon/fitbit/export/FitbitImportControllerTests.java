package health.falcon.fitbit.export;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import health.falcon.ingest.users.UserZones;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
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
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

@WebMvcTest(properties = { "falcon.fitbit.imports.max-upload-size=4KB", "falcon.internal.clients=falcon-ingest" })
@ContextConfiguration(classes = FitbitImportControllerTests.Config.class)
class FitbitImportControllerTests {

	private static final MongoServer server = new MongoServer(new MemoryBackend());

	private static final MongoClient client = MongoClients.create(server.bindAndGetConnectionString());

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private MongoTemplate mongo;

	@MockitoBean
	private FitbitExportImporter importer;

	@MockitoBean
	private JwtDecoder jwtDecoder;

	@TempDir
	Path temp;

	@BeforeEach
	void clean() {
		this.mongo.getDb().drop();
		given(this.importer.importZip(anyString(), any(), any(), any(Boolean.class), anyString(), any()))
			.willReturn(new ImportReport("ACCOUNT_ARCHIVE", 1, 3, 0, List.of(), List.of()));
	}

	@AfterAll
	static void stop() {
		client.close();
		server.shutdownNow();
	}

	@Test
	void acceptsAnUploadAndReportsTheFinishedImport() throws IOException {
		MvcTestResult result = upload("u1", export(), "Europe/Berlin");
		assertThat(result).hasStatus(202);
		assertThat(result).bodyJson().extractingPath("$.status").isEqualTo("QUEUED");
		String location = result.getResponse().getHeader("Location");
		assertThat(location).startsWith("/api/connections/fitbit/imports/");
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(
					() -> assertThat(get("u1", location)).bodyJson().extractingPath("$.status").isEqualTo("SUCCEEDED"));
		MvcTestResult finished = get("u1", location);
		assertThat(finished).bodyJson().extractingPath("$.zone").isEqualTo("Europe/Berlin");
		assertThat(finished).bodyJson().extractingPath("$.zoneAssumed").isEqualTo(false);
		assertThat(finished).bodyJson().extractingPath("$.fileName").isEqualTo("export.zip");
		assertThat(finished).bodyJson().extractingPath("$.report.recordsImported").isEqualTo(3);
		assertThat(finished).bodyJson().extractingPath("$.progress.entriesDone").isEqualTo(0);
	}

	@Test
	void assumesTheProfileZoneWhenNoneIsConfirmed() throws IOException {
		this.mongo.getCollection("user_settings").insertOne(new Document("_id", "u1").append("timeZone", "Asia/Tokyo"));
		MvcTestResult result = upload("u1", export(), null);
		assertThat(result).hasStatus(202);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> then(this.importer).should()
				.importZip(eq("u1"), any(), eq(ZoneId.of("Asia/Tokyo")), eq(true), anyString(), any()));
		MvcTestResult other = upload("u2", export(), null);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(get("u2", other.getResponse().getHeader("Location"))).bodyJson()
				.extractingPath("$.zone")
				.isEqualTo("UTC"));
	}

	@Test
	void hidesOtherUsersImports() throws IOException {
		String location = upload("u1", export(), "UTC").getResponse().getHeader("Location");
		assertProblem(get("u2", location), 404, "import-not-found");
		assertProblem(get("u1", "/api/connections/fitbit/imports/nope"), 404, "import-not-found");
	}

	@Test
	void refusesAnUploadOverTheLimit() throws IOException {
		byte[] large = ExportZips.zip()
			.with("MyFitbitData/x/Global Export Data/steps-2026-06-01.json", new byte[8192])
			.bytes(this.temp);
		byte[] padded = new byte[large.length + 8192];
		System.arraycopy(large, 0, padded, 0, large.length);
		assertProblem(upload("u1", padded, null), 413, "export-too-large");
	}

	@Test
	void refusesBadUploads() {
		assertProblem(upload("u1", "hello".getBytes(), null), 400, "invalid-export");
		assertProblem(upload("u1", new byte[0], null), 400, "invalid-export");
		assertProblem(upload("u1", new byte[] { 'P', 'K', 3, 4 }, "Mars/Olympus"), 400, "invalid-time-zone");
		assertProblem(this.mvc.post()
			.uri("/api/connections/fitbit/imports")
			.with(jwt().jwt((token) -> token.subject("u1")))
			.multipart()
			.param("timeZone", "UTC")
			.exchange(), 400, "malformed-request");
	}

	@Test
	void requiresAToken() {
		assertProblem(this.mvc.get().uri("/api/connections/fitbit/imports/x").exchange(), 401, "unauthenticated");
	}

	private byte[] export() throws IOException {
		return ExportZips.zip().with("MyFitbitData/x/Global Export Data/steps-2026-06-01.json", "[]").bytes(this.temp);
	}

	@Test
	void capsTheConcurrentImportsOfOneUserAndLetsAnotherUserIn() throws IOException {
		CountDownLatch release = new CountDownLatch(1);
		given(this.importer.importZip(anyString(), any(), any(), any(Boolean.class), anyString(), any()))
			.willAnswer((invocation) -> {
				release.await(10, TimeUnit.SECONDS);
				return new ImportReport("ACCOUNT_ARCHIVE", 0, 0, 0, List.of(), List.of());
			});
		try {
			assertThat(upload("u1", export(), "UTC")).hasStatus(202);
			assertThat(upload("u1", export(), "UTC")).hasStatus(202);

			MvcTestResult refused = upload("u1", export(), "UTC");

			assertProblem(refused, 429, "too-many-imports");
			assertThat(refused.getResponse().getHeader("Retry-After")).isEqualTo("30");
			assertThat(refused).bodyJson()
				.extractingPath("$.detail")
				.asString()
				.contains("falcon.fitbit.imports.max-concurrent-per-user 2");
			assertThat(upload("u2", export(), "UTC")).hasStatus(202);
		}
		finally {
			release.countDown();
		}
	}

	private MvcTestResult upload(String user, byte[] content, String timeZone) {
		var request = this.mvc.post()
			.uri("/api/connections/fitbit/imports")
			.with(jwt().jwt((token) -> token.subject(user)))
			.multipart()
			.file(new MockMultipartFile("file", "export.zip", "application/zip", content));
		return (timeZone != null) ? request.param("timeZone", timeZone).exchange() : request.exchange();
	}

	private MvcTestResult get(String user, String location) {
		return this.mvc.get().uri(location).with(jwt().jwt((token) -> token.subject(user))).exchange();
	}

	private static void assertProblem(MvcTestResult result, int status, String slug) {
		assertThat(result).hasStatus(status).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("https://falcon.health/problems/" + slug);
	}

	@SpringBootConfiguration
	@EnableConfigurationProperties(FitbitImportProperties.class)
	@Import({ FitbitImportController.class, FitbitImportService.class, ImportRuns.class, UserZones.class })
	static class Config {

		@Bean
		MongoTemplate mongoTemplate() {
			return new MongoTemplate(client, "falcon-imports");
		}

		@Bean
		Clock clock() {
			return Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);
		}

	}

}

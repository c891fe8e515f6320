package health.falcon.diet.export;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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

@WebMvcTest(properties = { "falcon.diet.imports.max-upload-size=4KB", "falcon.internal.clients=falcon-ingest" })
@ContextConfiguration(classes = MyFitnessPalImportControllerTests.Config.class)
class MyFitnessPalImportControllerTests {

	private static final String IMPORTS = "/api/connections/myfitnesspal/imports";

	private static final MongoServer server = new MongoServer(new MemoryBackend());

	private static final MongoClient client = MongoClients.create(server.bindAndGetConnectionString());

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private MongoTemplate mongo;

	@MockitoBean
	private MyFitnessPalImporter importer;

	@MockitoBean
	private JwtDecoder jwtDecoder;

	@BeforeEach
	void clean() {
		this.mongo.getDb().drop();
		given(this.importer.importFile(anyString(), anyString(), any(Path.class), anyString()))
			.willReturn(new ImportReport(List.of(new ImportReport.FileReport("Nutrition-Summary.csv", "NUTRITION", 3, 1,
					List.of(new ImportReport.Problem(4, "'calories' is not a number"))))));
	}

	@AfterAll
	static void stop() {
		client.close();
		server.shutdownNow();
	}

	@Test
	void acceptsAZipAndReportsTheFinishedImport() {
		MvcTestResult result = upload("u1", "export.zip", Exports.zip());
		assertThat(result).hasStatus(202);
		assertThat(result).bodyJson().extractingPath("$.status").isEqualTo("QUEUED");
		String location = result.getResponse().getHeader("Location");
		assertThat(location).startsWith(IMPORTS + "/");
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(
					() -> assertThat(get("u1", location)).bodyJson().extractingPath("$.status").isEqualTo("SUCCEEDED"));
		MvcTestResult finished = get("u1", location);
		assertThat(finished).bodyJson().extractingPath("$.fileName").isEqualTo("export.zip");
		assertThat(finished).bodyJson().extractingPath("$.report.files[0].kind").isEqualTo("NUTRITION");
		assertThat(finished).bodyJson().extractingPath("$.report.files[0].rowsImported").isEqualTo(3);
		assertThat(finished).bodyJson().extractingPath("$.report.files[0].errors[0].line").isEqualTo(4);
		then(this.importer).should().importFile(eq("u1"), eq("export.zip"), any(Path.class), anyString());
	}

	@Test
	void acceptsASingleCsv() {
		assertThat(upload("u1", "Measurement-Summary.csv", "Date,Weight\n2026-03-10,82.4\n".getBytes())).hasStatus(202);
	}

	@Test
	void hidesOtherUsersImports() {
		String location = upload("u1", "export.zip", Exports.zip()).getResponse().getHeader("Location");
		assertProblem(get("u2", location), 404, "import-not-found");
		assertProblem(get("u1", IMPORTS + "/nope"), 404, "import-not-found");
	}

	@Test
	void refusesBadUploads() {
		assertProblem(upload("u1", "photo.png", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0 }), 400,
				"invalid-export");
		assertProblem(upload("u1", "notes.txt", "just some words".getBytes()), 400, "invalid-export");
		assertProblem(upload("u1", "export.zip", new byte[0]), 400, "invalid-export");
		assertProblem(upload("u1", "export.csv", new byte[8192]), 413, "export-too-large");
		assertProblem(
				this.mvc.post().uri(IMPORTS).with(jwt().jwt((token) -> token.subject("u1"))).multipart().exchange(),
				400, "malformed-request");
	}

	@Test
	void capsTheConcurrentImportsOfOneUserAndLetsAnotherUserIn() {
		CountDownLatch release = new CountDownLatch(1);
		given(this.importer.importFile(anyString(), anyString(), any(Path.class), anyString()))
			.willAnswer((invocation) -> {
				release.await(10, TimeUnit.SECONDS);
				return new ImportReport(List.of());
			});
		try {
			assertThat(upload("u1", "export.zip", Exports.zip())).hasStatus(202);
			assertThat(upload("u1", "export.zip", Exports.zip())).hasStatus(202);

			MvcTestResult refused = upload("u1", "export.zip", Exports.zip());

			assertProblem(refused, 429, "too-many-imports");
			assertThat(refused.getResponse().getHeader("Retry-After")).isEqualTo("30");
			assertThat(refused).bodyJson()
				.extractingPath("$.detail")
				.asString()
				.contains("falcon.diet.imports.max-concurrent-per-user 2");
			assertThat(upload("u2", "export.zip", Exports.zip())).hasStatus(202);
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
			.file(new MockMultipartFile("file", "export.zip", "application/zip", Exports.zip()))
			.exchange(), 401, "unauthenticated");
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

	private static void assertProblem(MvcTestResult result, int status, String slug) {
		assertThat(result).hasStatus(status).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("https://falcon.health/problems/" + slug);
	}

	@SpringBootConfiguration
	@EnableConfigurationProperties(DietImportProperties.class)
	@Import({ MyFitnessPalImportController.class, MyFitnessPalImportService.class, ImportRuns.class })
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

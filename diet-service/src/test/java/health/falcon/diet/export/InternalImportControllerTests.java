package health.falcon.diet.export;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import health.falcon.ingest.handoff.HandOffFormat;
import health.falcon.ingest.handoff.HandOffRecords;
import health.falcon.testsupport.HandOffFixtures;
import org.bson.Document;
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
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMultipartMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

/**
 * The hand-off endpoint as an attacker holding the ingest client's credentials sees it: a
 * service token must also name dropbox-ingest's record of the user's own file, with that
 * file's exact bytes, or nothing is imported.
 */
@WebMvcTest(properties = "falcon.internal.clients=falcon-ingest")
@ContextConfiguration(classes = InternalImportControllerTests.Config.class)
class InternalImportControllerTests {

	private static final String HAND_OFF = "/internal/myfitnesspal/imports";

	private static final MongoServer server = new MongoServer(new MemoryBackend());

	private static final MongoClient client = MongoClients.create(server.bindAndGetConnectionString());

	private static final byte[] EXPORT = Exports.zip();

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private MongoTemplate mongo;

	@Autowired
	private HandOffRecords handOffs;

	@MockitoBean
	private MyFitnessPalImporter importer;

	@MockitoBean
	private JwtDecoder jwtDecoder;

	@BeforeEach
	void clean() {
		this.mongo.getDb().drop();
		given(this.importer.importFile(anyString(), anyString(), any(Path.class), anyString()))
			.willReturn(new ImportReport(List.of()));
	}

	@AfterAll
	static void stop() {
		client.close();
		server.shutdownNow();
	}

	@Test
	void importsAFileHandedOverUnderTheRecordOfThatUsersFile() {
		record("rec-1", "victim", HandOffFormat.MYFITNESSPAL, EXPORT);
		MvcTestResult result = handOver("rec-1", "victim", EXPORT).exchange();
		assertThat(result).hasStatus(202);
		assertThat(result.getResponse().getHeader("Location")).startsWith("/api/connections/myfitnesspal/imports/");
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(runs()).singleElement()
				.satisfies((run) -> assertThat(run.getString("status")).isEqualTo("SUCCEEDED")));
		assertThat(runs().get(0).getString("userId")).isEqualTo("victim");
		then(this.importer).should().importFile(eq("victim"), anyString(), any(Path.class), anyString());
	}

	@Test
	void refusesAServiceTokenPostingIntoAUserWithoutARecord() {
		assertProblem(handOver("rec-1", "victim", EXPORT).exchange(), 404, "hand-off-not-found");
		assertNothingImported();
	}

	@Test
	void refusesTheVictimsRecordWithOtherBytes() {
		record("rec-1", "victim", HandOffFormat.MYFITNESSPAL, EXPORT);
		byte[] forged = Exports.MEASUREMENT.replace("181.7", "281.7").getBytes(StandardCharsets.UTF_8);
		assertProblem(handOver("rec-1", "victim", forged).exchange(), 403, "hand-off-mismatch");
		assertNothingImported();
	}

	@Test
	void refusesTheRecordOfOneUserNamingAnother() {
		record("rec-1", "attacker", HandOffFormat.MYFITNESSPAL, EXPORT);
		assertProblem(handOver("rec-1", "victim", EXPORT).exchange(), 404, "hand-off-not-found");
		assertNothingImported();
	}

	@Test
	void refusesARecordHandedOverToFitbitService() {
		record("rec-1", "victim", HandOffFormat.FITBIT, EXPORT);
		assertProblem(handOver("rec-1", "victim", EXPORT).exchange(), 404, "hand-off-not-found");
		assertNothingImported();
	}

	@Test
	void refusesHandOversWithoutAServiceTokenOrARecordId() {
		record("rec-1", "victim", HandOffFormat.MYFITNESSPAL, EXPORT);
		assertProblem(handOver("rec-1", "victim", EXPORT, jwt().jwt((token) -> token.subject("victim"))).exchange(),
				403, "forbidden");
		assertProblem(this.mvc.post()
			.uri(HAND_OFF)
			.param("record", "rec-1")
			.param("user", "victim")
			.multipart()
			.file(new MockMultipartFile("file", "export.zip", "application/zip", EXPORT))
			.exchange(), 401, "unauthenticated");
		assertProblem(this.mvc.post()
			.uri(HAND_OFF)
			.param("user", "victim")
			.with(serviceToken())
			.multipart()
			.file(new MockMultipartFile("file", "export.zip", "application/zip", EXPORT))
			.exchange(), 400, "validation");
		assertProblem(handOver("rec-1", " ", EXPORT).exchange(), 400, "validation");
		assertNothingImported();
	}

	@Test
	void refusesAServiceTokenOfAnotherClientEvenWithARealRecord() {
		record("rec-1", "victim", HandOffFormat.MYFITNESSPAL, EXPORT);
		assertProblem(
				handOver("rec-1", "victim", EXPORT,
						jwt().jwt((token) -> token.subject("falcon-other"))
							.authorities(new SimpleGrantedAuthority("SCOPE_falcon.internal")))
					.exchange(),
				403, "forbidden");
		assertNothingImported();
	}

	private void record(String recordId, String userId, HandOffFormat format, byte[] content) {
		HandOffFixtures.record(this.mongo, this.handOffs, recordId, userId, format, content);
	}

	private MockMultipartMvcRequestBuilder handOver(String recordId, String user, byte[] content) {
		return handOver(recordId, user, content, serviceToken());
	}

	private MockMultipartMvcRequestBuilder handOver(String recordId, String user, byte[] content,
			RequestPostProcessor token) {
		return this.mvc.post()
			.uri(HAND_OFF)
			.param("record", recordId)
			.param("user", user)
			.with(token)
			.multipart()
			.file(new MockMultipartFile("file", "export.zip", "application/zip", content));
	}

	private static RequestPostProcessor serviceToken() {
		return jwt().jwt((token) -> token.subject("falcon-ingest"))
			.authorities(new SimpleGrantedAuthority("SCOPE_falcon.internal"));
	}

	private List<Document> runs() {
		return this.mongo.getCollection(ImportRuns.COLLECTION).find().into(new ArrayList<>());
	}

	private void assertNothingImported() {
		assertThat(runs()).isEmpty();
		then(this.importer).shouldHaveNoInteractions();
	}

	private static void assertProblem(MvcTestResult result, int status, String slug) {
		assertThat(result).hasStatus(status).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("https://falcon.health/problems/" + slug);
	}

	@SpringBootConfiguration
	@EnableConfigurationProperties(DietImportProperties.class)
	@Import({ InternalImportController.class, MyFitnessPalImportService.class, ImportRuns.class, HandOffRecords.class })
	static class Config {

		@Bean
		MongoTemplate mongoTemplate() {
			return new MongoTemplate(client, "falcon-hand-offs");
		}

		@Bean
		Clock clock() {
			return Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);
		}

	}

}

package health.falcon.fitbit.export;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import health.falcon.ingest.imports.ImportedFiles;
import health.falcon.testsupport.ConnectorTestConfiguration;
import health.falcon.testsupport.ConnectorTestProperties;
import health.falcon.testsupport.ConnectorTestProperties.ProviderEndpoints;
import health.falcon.testsupport.InMemoryMongo;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

/**
 * The whole service behind MockMvc, for the Fitbit import endpoints the ingest kit
 * serves: the real reader and importer (spied on, so that a test can hold an import), an
 * in-process MongoDB, and a 4 KB upload limit. The test classes share one context.
 */
@SpringBootTest(properties = { "falcon.fitbit.imports.max-upload-size=4KB", "falcon.internal.clients=falcon-ingest" })
@AutoConfigureMockMvc
@Import(ConnectorTestConfiguration.class)
abstract class ImportEndpointTestSupport {

	static final String IMPORTS = "/api/connections/fitbit/imports";

	// shared by the one cached context of every subclass, so it stops with the JVM
	private static final InMemoryMongo mongoServer = InMemoryMongo.start();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	MongoTemplate mongo;

	@MockitoSpyBean
	FitbitExportImporter importer;

	@TempDir
	Path temp;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		String base = "http://127.0.0.1:9";
		ConnectorTestProperties.ingestKit(registry, mongoServer);
		ConnectorTestProperties.provider(registry, "fitbit",
				new ProviderEndpoints(base + "/auth", base + "/token", base, "client", "secret"));
		registry.add("falcon.fitbit.notifications.secret", () -> "Bearer s3cr3t");
		registry.add("falcon.fitbit.google-health.revoke-uri", () -> base + "/revoke");
	}

	@BeforeEach
	void cleanImports() {
		this.mongo.getCollection(ImportedFiles.COLLECTION).deleteMany(new Document());
		this.mongo.getCollection("user_settings").deleteMany(new Document());
		this.mongo.getCollection("daily_activity").deleteMany(new Document());
	}

	@AfterEach
	void awaitImports() {
		// so that no import of this test reaches the importer during the next one
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(fitbitImports()).extracting((file) -> file.getString("status"))
				.doesNotContain("QUEUED", "RUNNING"));
	}

	byte[] export(String steps) throws IOException {
		return ExportZips.zip()
			.with("MyFitbitData/x/Global Export Data/steps-2026-06-01.json",
					ExportZips.minutes("06/01/26 08:00:00", steps))
			.bytes(this.temp);
	}

	MvcTestResult upload(String user, byte[] content, @Nullable String timeZone) {
		var request = this.mvc.post()
			.uri(IMPORTS)
			.with(jwt().jwt((token) -> token.subject(user)))
			.multipart()
			.file(new MockMultipartFile("file", "export.zip", "application/zip", content));
		return (timeZone != null) ? request.param("timeZone", timeZone).exchange() : request.exchange();
	}

	MvcTestResult get(String user, String path) {
		return this.mvc.get().uri(path).with(jwt().jwt((token) -> token.subject(user))).exchange();
	}

	List<Document> fitbitImports() {
		return this.mongo.getCollection(ImportedFiles.COLLECTION)
			.find(new Document("provider", FitbitExportImporter.PROVIDER))
			.into(new ArrayList<>());
	}

	static void assertProblem(MvcTestResult result, int status, String slug) {
		assertThat(result).hasStatus(status).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("https://falcon.health/problems/" + slug);
	}

}

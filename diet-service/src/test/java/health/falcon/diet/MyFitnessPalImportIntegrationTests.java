package health.falcon.diet;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import health.falcon.testsupport.ConnectorTestConfiguration;
import health.falcon.testsupport.ConnectorTestProperties;
import health.falcon.testsupport.ImportRequests;
import health.falcon.testsupport.InMemoryMongo;
import health.falcon.testsupport.Zips;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.test.web.servlet.client.assertj.RestTestClientResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole service (a real servlet container, so the multipart limits apply) against an
 * attacker's uploads: a body over the upload limit and a zip bomb.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@Import(ConnectorTestConfiguration.class)
class MyFitnessPalImportIntegrationTests {

	private static final String IMPORTS = "/api/connections/myfitnesspal/imports";

	private static final InMemoryMongo mongoServer = InMemoryMongo.start();

	@Autowired
	private RestTestClient client;

	@Autowired
	private MongoTemplate mongo;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		ConnectorTestProperties.ingestKit(registry, mongoServer);
		registry.add("falcon.diet.myfitnesspal.web-base-url", () -> "http://127.0.0.1:9/www");
		registry.add("falcon.diet.myfitnesspal.api-base-url", () -> "http://127.0.0.1:9/api");
		registry.add("falcon.diet.imports.max-upload-size", () -> "1MB");
	}

	@AfterAll
	static void stop() {
		mongoServer.close();
	}

	@Test
	void refusesAnUploadOverTheLimitWith413WhileItArrives() {
		RestTestClientResponse refused = upload("eve", "export.zip", new byte[2 * 1024 * 1024]);

		assertThat(refused).hasStatus(413).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(refused).bodyJson()
			.extractingPath("$.type")
			.isEqualTo("https://falcon.health/problems/payload-too-large");
		assertThat(this.mongo.getCollection("imported_files").countDocuments(new Document("userId", "eve"))).isZero();
	}

	@Test
	void reportsAZipBombAsRefusedStoresNothingAndKeepsAnswering() {
		byte[] bomb = Zips.zip()
			.with("Nutrition-Summary.csv",
					"Date,Meal,Calories,Fat (g)\n2026-03-10,Breakfast,412.0,12.5\n".getBytes(StandardCharsets.UTF_8))
			.withZeros("Exercise-Summary.csv", 64L * 1024 * 1024)
			.bytes();

		RestTestClientResponse accepted = upload("mallory", "export.zip", bomb);

		assertThat(accepted).hasStatus(202);
		String location = accepted.getExchangeResult().getResponseHeaders().getLocation().toString();
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(get(location)).bodyJson().extractingPath("$.status").isEqualTo("FAILED"));
		RestTestClientResponse report = get(location);
		assertThat(report).bodyJson().extractingPath("$.fileName").isEqualTo("export.zip");
		assertThat(report).bodyJson().extractingPath("$.files").asArray().isEmpty();
		assertThat(report).bodyJson()
			.extractingPath("$.reason")
			.asString()
			.contains("exceeds falcon.diet.imports.max-compression-ratio 200");
		assertThat(this.mongo.getCollection("nutrition_days").countDocuments()).isZero();
		assertThat(get(IMPORTS + "/unknown")).hasStatus(404);
	}

	private RestTestClientResponse upload(String user, String name, byte[] content) {
		return ImportRequests.upload(this.client, IMPORTS, user, name, content, Map.of());
	}

	private RestTestClientResponse get(String path) {
		return ImportRequests.get(this.client, path, "mallory");
	}

}

package health.falcon.diet.restore;

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
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.test.web.servlet.client.assertj.RestTestClientResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole service restoring a {@code falcon-export} archive of another user's (as
 * backend-data writes it) into an empty account through its MyFitnessPal upload: the
 * nutrition days and body measurements re-keyed for the new owner, the service's own
 * import records, nothing of the other services' collections, a broken record reported,
 * and the same archive again a duplicate.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@Import(ConnectorTestConfiguration.class)
class DietRestoreIntegrationTests {

	private static final String IMPORTS = "/api/connections/myfitnesspal/imports";

	private static final InMemoryMongo mongoServer = InMemoryMongo.start();

	private static final String NUTRITION = """
			[
			{"_id": "alex/2026-03-29", "date": "2026-03-29", "totals": {"kcal": 2012.5, "sodiumMg": 2300.0}, \
			"sources": {"nutrition": {"provider": "myfitnesspal", "channel": "export", "receivedAt": {"$date": "2026-11-01T00:00:00Z"}}}},
			{"_id": "alex/2026-03-30", "totals": {"kcal": 1800.0}},
			{"_id": "alex/2026-03-31", "date": "2026-03-31", "diary": {"totals": {"kcal": 2100.0}, "waterMl": 1500.0}}
			]
			""";

	private static final String BODY = """
			[
			{"_id": "alex/2026-03-29", "date": "2026-03-29", "weightKg": 71.5, "bodyFatPct": 20.1}
			]
			""";

	private static final String IMPORTED_FILES = """
			[
			{"_id": "0b6f", "provider": "myfitnesspal", "origin": "UPLOAD", "fileName": "export.zip", "sha256": "ab", "status": "SUCCEEDED"},
			{"_id": "77c1", "provider": "dropbox", "origin": "DROPBOX", "fileName": "omron.csv", "sha256": "cd", "status": "SUCCEEDED"}
			]
			""";

	private static final String ACTIVITIES = """
			[
			{"_id": "alex:strava:1", "source": {"provider": "strava", "sourceId": "1"}, "name": "Run"}
			]
			""";

	@Autowired
	private RestTestClient client;

	@Autowired
	private MongoTemplate mongo;

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

	@Test
	void restoresItsCollectionsIntoAnEmptyAccountAndReportsTheBrokenRecord() {
		byte[] archive = archive();
		RestTestClientResponse accepted = upload("bob", archive);
		assertThat(accepted).hasStatus(202);
		String location = accepted.getExchangeResult().getResponseHeaders().getLocation().toString();
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(
					() -> assertThat(get(location)).bodyJson().extractingPath("$.status").isEqualTo("SUCCEEDED"));
		RestTestClientResponse report = get(location);
		assertThat(report).bodyJson().extractingPath("$.format").isEqualTo("FALCON_EXPORT");
		assertThat(report).bodyJson().extractingPath("$.rowsImported").isEqualTo(4);
		assertThat(report).bodyJson().extractingPath("$.errors[0].file").isEqualTo("collections/nutrition_days.json");
		assertThat(report).bodyJson().extractingPath("$.errors[0].line").isEqualTo(3);
		assertThat(report).bodyJson()
			.extractingPath("$.errors[0].reason")
			.isEqualTo("cannot be restored: member 'date' is missing or not a string");
		Document day = this.mongo.getCollection("nutrition_days").find(new Document("_id", "bob/2026-03-29")).first();
		assertThat(day).containsEntry("userId", "bob").containsEntry("date", "2026-03-29");
		assertThat(day.get("totals", Document.class)).containsEntry("kcal", 2012.5);
		assertThat(this.mongo.getCollection("nutrition_days").find(new Document("userId", "bob")))
			.extracting((d) -> d.get("_id"))
			.containsExactlyInAnyOrder("bob/2026-03-29", "bob/2026-03-31");
		assertThat(this.mongo.getCollection("body_measurements").find(new Document("_id", "bob/2026-03-29")).first())
			.containsEntry("userId", "bob")
			.containsEntry("weightKg", 71.5);
		assertThat(this.mongo.getCollection("imported_files")
			.find(new Document("userId", "bob").append("fileName", new Document("$ne", "falcon-export.zip"))))
			.extracting((record) -> record.get("provider"))
			.containsExactly("myfitnesspal");
		assertThat(this.mongo.getCollection("activities").countDocuments()).isZero();

		RestTestClientResponse again = upload("bob", archive);
		assertThat(again).bodyJson().extractingPath("$.status").isEqualTo("DUPLICATE");
		assertThat(this.mongo.getCollection("nutrition_days").countDocuments(new Document("userId", "bob")))
			.isEqualTo(2);
		assertThat(ImportRequests.get(this.client, location, "eve")).hasStatus(404);
	}

	private static byte[] archive() {
		return Zips.zip()
			.with("manifest.json", bytes("{\"format\": \"falcon-export\", \"version\": 1}"))
			.with("collections/nutrition_days.json", bytes(NUTRITION))
			.with("collections/body_measurements.json", bytes(BODY))
			.with("collections/imported_files.json", bytes(IMPORTED_FILES))
			.with("collections/activities.json", bytes(ACTIVITIES))
			.bytes();
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private RestTestClientResponse upload(String user, byte[] content) {
		return ImportRequests.upload(this.client, IMPORTS, user, "falcon-export.zip", content, Map.of());
	}

	private RestTestClientResponse get(String path) {
		return ImportRequests.get(this.client, path, "bob");
	}

}

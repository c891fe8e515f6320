package health.falcon.fitbit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import health.falcon.testsupport.ConnectorTestConfiguration;
import health.falcon.testsupport.ConnectorTestProperties;
import health.falcon.testsupport.ConnectorTestProperties.ProviderEndpoints;
import health.falcon.testsupport.ImportRequests;
import health.falcon.testsupport.InMemoryMongo;
import health.falcon.testsupport.Zips;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
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
 * attacker's uploads (a body over the upload limit and a zip bomb), and the move of the
 * old {@code fitbit_imports} records into the kit's {@code imported_files} on start-up.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@Import(ConnectorTestConfiguration.class)
class FitbitImportIntegrationTests {

	private static final String IMPORTS = "/api/connections/fitbit/imports";

	private static final String LEGACY = "fitbit_imports";

	private static final InMemoryMongo mongoServer = InMemoryMongo.start();

	@Autowired
	@Qualifier("falconLegacyImportMigration")
	private SmartInitializingSingleton migration;

	@Autowired
	private RestTestClient client;

	@Autowired
	private MongoTemplate mongo;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		String base = "http://127.0.0.1:9";
		ConnectorTestProperties.ingestKit(registry, mongoServer);
		ConnectorTestProperties.provider(registry, "fitbit",
				new ProviderEndpoints(base + "/auth", base + "/token", base, "client", "secret"));
		registry.add("falcon.fitbit.notifications.secret", () -> "Bearer s3cr3t");
		registry.add("falcon.fitbit.google-health.revoke-uri", () -> base + "/revoke");
		registry.add("falcon.fitbit.imports.max-upload-size", () -> "1MB");
		// an import of the service before the one import pipeline, for the migration
		try (MongoClient client = MongoClients.create(mongoServer.connectionString())) {
			client.getDatabase("falcon").getCollection(LEGACY).insertOne(legacyRun());
		}
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
			.with("MyFitbitData/Alex/Global Export Data/heart_rate-2026-06-01.json",
					"[{ \"dateTime\" : \"06/01/26 08:00:05\", \"value\" : { \"bpm\" : 61 } }]"
						.getBytes(StandardCharsets.UTF_8))
			.withZeros("MyFitbitData/Alex/Global Export Data/heart_rate-2026-06-02.json", 64L * 1024 * 1024)
			.bytes();

		RestTestClientResponse accepted = upload("mallory", "export.zip", bomb);

		assertThat(accepted).hasStatus(202);
		String location = accepted.getExchangeResult().getResponseHeaders().getLocation().toString();
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(get(location)).bodyJson().extractingPath("$.status").isEqualTo("FAILED"));
		RestTestClientResponse report = get(location);
		assertThat(report).bodyJson()
			.extractingPath("$.reason")
			.asString()
			.startsWith("refused: ")
			.contains("exceeds falcon.fitbit.imports.max-compression-ratio 200");
		assertThat(this.mongo.getCollection("heart_rate_days").countDocuments()).isZero();
		assertThat(get(IMPORTS + "/unknown")).hasStatus(404);
	}

	@Test
	void showsTheImportsOfTheOldCollectionThroughTheKitsEndpointsOnceMoved() {
		RestTestClientResponse moved = get("ann", IMPORTS + "/legacy-1");

		assertThat(moved).hasStatus(200);
		assertThat(moved).bodyJson().extractingPath("$.status").isEqualTo("SUCCEEDED");
		assertThat(moved).bodyJson().extractingPath("$.provider").isEqualTo("fitbit");
		assertThat(moved).bodyJson().extractingPath("$.origin").isEqualTo("UPLOAD");
		assertThat(moved).bodyJson().extractingPath("$.format").isEqualTo("ACCOUNT_ARCHIVE");
		assertThat(moved).bodyJson().extractingPath("$.rowsImported").isEqualTo(1200);
		assertThat(moved).bodyJson().extractingPath("$.rowsSkipped").isEqualTo(1);
		assertThat(moved).bodyJson().extractingPath("$.progress.done").isEqualTo(6);
		assertThat(moved).bodyJson().extractingPath("$.skipped[0].reason").isEqualTo("no data");
		assertThat(moved).bodyJson().extractingPath("$.errors[0].line").isEqualTo(3);
		assertThat(moved).bodyJson().extractingPath("$.zone").isEqualTo("Europe/Berlin");
		assertThat(moved).bodyJson().extractingPath("$.createdAt").isEqualTo("2026-11-01T10:00:00Z");
		assertThat(get("ann", IMPORTS)).bodyJson().extractingPath("$[0].id").isEqualTo("legacy-1");
		assertThat(get("mallory", IMPORTS + "/legacy-1")).hasStatus(404);
		assertThat(this.mongo.collectionExists(LEGACY)).isFalse();
		Document before = this.mongo.getCollection("imported_files").find(new Document("_id", "legacy-1")).first();

		this.migration.afterSingletonsInstantiated();

		assertThat(this.mongo.getCollection("imported_files").find(new Document("_id", "legacy-1")).first())
			.isEqualTo(before);
		assertThat(this.mongo.getCollection("imported_files").countDocuments(new Document("userId", "ann"))).isOne();
	}

	private static Document legacyRun() {
		Date created = Date.from(Instant.parse("2026-11-01T10:00:00Z"));
		return new Document("_id", "legacy-1").append("userId", "ann")
			.append("status", "SUCCEEDED")
			.append("fileName", "fitbit.zip")
			.append("zone", "Europe/Berlin")
			.append("zoneAssumed", false)
			.append("progress", new Document("entriesDone", 6).append("entriesTotal", 6))
			.append("createdAt", created)
			.append("updatedAt", created)
			.append("report",
					new Document("layout", "ACCOUNT_ARCHIVE").append("filesRead", 6)
						.append("recordsImported", 1200L)
						.append("recordsSkipped", 1L)
						.append("skipped",
								List.of(new Document("file", "steps-2026-06-01.json").append("reason", "no data")
									.append("count", 1L)))
						.append("errors", List.of(new Document("file", "heart_rate-2026-06-01.json").append("line", 3)
							.append("reason", "unreadable entry: bpm out of range: 0"))));
	}

	private RestTestClientResponse upload(String user, String name, byte[] content) {
		return ImportRequests.upload(this.client, IMPORTS, user, name, content, Map.of("timeZone", "UTC"));
	}

	private RestTestClientResponse get(String path) {
		return get("mallory", path);
	}

	private RestTestClientResponse get(String user, String path) {
		return ImportRequests.get(this.client, path, user);
	}

}

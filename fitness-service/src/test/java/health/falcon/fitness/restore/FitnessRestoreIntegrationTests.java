package health.falcon.fitness.restore;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import health.falcon.testsupport.ConnectorTestConfiguration;
import health.falcon.testsupport.ConnectorTestProperties;
import health.falcon.testsupport.ConnectorTestProperties.ProviderEndpoints;
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
 * fitness-service, which imports no files of its own, restoring the activities of a
 * {@code falcon-export} archive through {@code POST /api/connections/strava/imports}, and
 * refusing any other upload there.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@Import(ConnectorTestConfiguration.class)
class FitnessRestoreIntegrationTests {

	private static final String IMPORTS = "/api/connections/strava/imports";

	private static final InMemoryMongo mongoServer = InMemoryMongo.start();

	private static final String ACTIVITIES = """
			[
			{"_id": "alex:strava:101", "source": {"provider": "strava", "sourceId": "101"}, "name": "Morning Run", \
			"sportType": "RUN", "time": {"instant": {"$date": "2026-03-29T05:30:00Z"}, "localDate": "2026-03-29"}, "distanceMeters": 10000.0},
			{"_id": "alex:strava:102", "source": {"provider": "strava"}, "name": "Broken"},
			{"_id": "alex:strava:103", "source": {"provider": "strava", "sourceId": "103"}, "name": "Ride", "deleted": true}
			]
			""";

	@Autowired
	private RestTestClient client;

	@Autowired
	private MongoTemplate mongo;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		String base = "http://127.0.0.1:9";
		ConnectorTestProperties.ingestKit(registry, mongoServer);
		ConnectorTestProperties.provider(registry, "strava", new ProviderEndpoints(base + "/oauth/authorize",
				base + "/oauth/token", base + "/api/v3", "4711", "strava-secret"));
		registry.add("falcon.fitness.strava.deauthorize-uri", () -> base + "/oauth/deauthorize");
		registry.add("falcon.fitness.restore.max-upload-size", () -> "1MB");
	}

	@AfterAll
	static void stop() {
		mongoServer.close();
	}

	@Test
	void restoresTheActivitiesOfAnArchiveReKeyedForTheNewOwner() {
		byte[] archive = Zips.zip()
			.with("manifest.json", bytes("{\"format\": \"falcon-export\", \"version\": 1}"))
			.with("collections/activities.json", bytes(ACTIVITIES))
			.with("collections/nutrition_days.json",
					bytes("[\n{\"_id\": \"alex/2026-03-29\", \"date\": \"2026-03-29\"}\n]\n"))
			.bytes();
		RestTestClientResponse accepted = ImportRequests.upload(this.client, IMPORTS, "bob", "falcon-export.zip",
				archive, Map.of());
		assertThat(accepted).hasStatus(202);
		String location = accepted.getExchangeResult().getResponseHeaders().getLocation().toString();
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(ImportRequests.get(this.client, location, "bob")).bodyJson()
				.extractingPath("$.status")
				.isEqualTo("SUCCEEDED"));
		RestTestClientResponse report = ImportRequests.get(this.client, location, "bob");
		assertThat(report).bodyJson().extractingPath("$.rowsImported").isEqualTo(2);
		assertThat(report).bodyJson()
			.extractingPath("$.errors[0].reason")
			.isEqualTo("cannot be restored: member 'source.sourceId' is missing or not a string");
		assertThat(this.mongo.getCollection("activities").find(new Document("userId", "bob")))
			.extracting((activity) -> activity.get("_id"))
			.containsExactlyInAnyOrder("bob:strava:101", "bob:strava:103");
		assertThat(this.mongo.getCollection("nutrition_days").countDocuments()).isZero();
		assertThat(ImportRequests.get(this.client, location, "eve")).hasStatus(404);
	}

	@Test
	void refusesAnyOtherUploadOnSight() {
		RestTestClientResponse refused = ImportRequests.upload(this.client, IMPORTS, "bob", "activities.csv",
				bytes("date,distance\n2026-03-29,10\n"), Map.of());
		assertThat(refused).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(refused).bodyJson()
			.extractingPath("$.type")
			.isEqualTo("https://falcon.health/problems/invalid-upload");
		assertThat(this.mongo.getCollection("imported_files").countDocuments(new Document("userId", "bob"))).isZero();
	}

	@Test
	void refusesAnArchiveOverTheUploadLimitWhileItArrives() {
		RestTestClientResponse refused = ImportRequests.upload(this.client, IMPORTS, "bob", "falcon-export.zip",
				new byte[2 * 1024 * 1024], Map.of());
		assertThat(refused).hasStatus(413).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(refused).bodyJson()
			.extractingPath("$.type")
			.isEqualTo("https://falcon.health/problems/payload-too-large");
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}

package health.falcon.fitness;

import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import health.falcon.testsupport.AccountErasures;
import health.falcon.testsupport.ConnectFlows;
import health.falcon.testsupport.ConnectorTestConfiguration;
import health.falcon.testsupport.ConnectorTestProperties.ProviderEndpoints;
import health.falcon.testsupport.ConnectorTestProperties;
import health.falcon.testsupport.InMemoryMongo;
import health.falcon.testsupport.MutableClock;
import health.falcon.testsupport.UserDocuments;
import health.falcon.testsupport.WireMocks;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
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

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code DELETE /account/data} in fitness-service: after two users connected Strava
 * (WireMock, the real shapes) and their activities were backfilled, the grant is
 * deauthorized at Strava and no document of the erased user remains in any collection of
 * the database (every field searched, nested ones too), while the other user's data
 * stays.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@Import(ConnectorTestConfiguration.class)
class AccountErasureIntegrationTests {

	private static final String ERASED = "erased-user-7f3a";

	private static final String KEPT = "kept-user-2b9c";

	private static final WireMockServer strava = WireMocks.started();

	private static final InMemoryMongo mongoServer = InMemoryMongo.start();

	@Autowired
	private RestTestClient client;

	@Autowired
	private MongoTemplate mongo;

	@Autowired
	private MutableClock clock;

	@BeforeEach
	void startTheClock() {
		this.clock.set(StravaStubs.START);
	}

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		ConnectorTestProperties.ingestKit(registry, mongoServer);
		String base = strava.baseUrl();
		ConnectorTestProperties.provider(registry, "strava", new ProviderEndpoints(base + "/oauth/authorize",
				base + "/oauth/token", base + "/api/v3", "4711", "strava-secret"));
		registry.add("falcon.fitness.strava.deauthorize-uri", () -> base + "/oauth/deauthorize");
		registry.add("falcon.fitness.strava.webhook.verify-token", () -> "s3cret");
	}

	@AfterAll
	static void stop() {
		strava.stop();
		mongoServer.close();
	}

	@Test
	void deauthorizesAndLeavesNoDocumentOfTheUserInAnyCollection() {
		StravaStubs.stubStrava(strava);
		strava.stubFor(post(urlPathEqualTo("/oauth/deauthorize")).willReturn(okJson("{}")));
		for (String user : List.of(ERASED, KEPT)) {
			ConnectFlows.connect(this.client, "strava", user, "&scope=read,activity:read,activity:read_all");
			await().atMost(Duration.ofSeconds(30))
				.until(() -> this.mongo.getCollection("activities").countDocuments(new Document("userId", user)) == 2);
		}
		assertThat(UserDocuments.collectionsMentioning(this.mongo.getDb(), ERASED)).contains("activities",
				"connections", "sync_runs");

		RestTestClientResponse erased = AccountErasures.erase(this.client, ERASED);

		assertThat(erased).hasStatusOk();
		assertThat(erased).bodyJson().extractingPath("$.strava").isEqualTo(2);
		assertThat(erased).bodyJson().extractingPath("$.connections").isEqualTo(1);
		strava.verify(1, postRequestedFor(urlPathEqualTo("/oauth/deauthorize")));
		assertThat(UserDocuments.collectionsMentioning(this.mongo.getDb(), ERASED)).isEmpty();
		assertThat(UserDocuments.collectionsMentioning(this.mongo.getDb(), KEPT)).contains("activities", "connections",
				"sync_runs");
		assertThat(AccountErasures.erase(this.client, ERASED)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.strava")
			.isEqualTo(0);
		strava.verify(1, postRequestedFor(urlPathEqualTo("/oauth/deauthorize")));
	}

}

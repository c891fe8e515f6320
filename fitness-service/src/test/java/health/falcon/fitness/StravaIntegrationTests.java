package health.falcon.fitness;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import health.falcon.testsupport.ConnectorTestConfiguration;
import health.falcon.testsupport.ConnectorTestProperties;
import health.falcon.testsupport.ConnectorTestProperties.ProviderEndpoints;
import health.falcon.testsupport.RecordingSleeper;
import health.falcon.testsupport.InMemoryMongo;
import health.falcon.testsupport.WireMocks;
import health.falcon.testsupport.MutableClock;
import health.falcon.testsupport.ConnectFlows;
import health.falcon.testsupport.TestJwts;
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
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.test.web.servlet.client.assertj.RestTestClientResponse;
import org.springframework.web.util.UriComponentsBuilder;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * fitness-service with the real ingest kit over mongo-java-server, WireMock as Strava
 * (OAuth and API, the real shapes), minted RS256 tokens, a controllable clock and a
 * sleeper that moves it instead of sleeping.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@Import(ConnectorTestConfiguration.class)
class StravaIntegrationTests {

	private static final Instant START = StravaStubs.START;

	private static final WireMockServer strava = WireMocks.started();

	private static final InMemoryMongo mongoServer = InMemoryMongo.start();

	@Autowired
	private RestTestClient client;

	@Autowired
	private MutableClock clock;

	@Autowired
	private RecordingSleeper sleeper;

	@Autowired
	private MongoTemplate mongo;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		String base = strava.baseUrl();
		ConnectorTestProperties.ingestKit(registry, mongoServer);
		ConnectorTestProperties.provider(registry, "strava", new ProviderEndpoints(base + "/oauth/authorize",
				base + "/oauth/token", base + "/api/v3", "4711", "strava-secret"));
		registry.add("falcon.fitness.strava.deauthorize-uri", () -> base + "/oauth/deauthorize");
		registry.add("falcon.fitness.strava.webhook.verify-token", () -> "s3cret");
	}

	@BeforeEach
	void resetWorld() {
		strava.resetAll();
		this.clock.set(START);
		this.sleeper.reset();
		this.mongo.getDb().drop();
	}

	@AfterAll
	static void stop() {
		strava.stop();
		mongoServer.close();
	}

	@Test
	void redirectsToStravaWithItsConventions() {
		URI location = redirect("/api/connections/strava/authorize", "demo");
		assertThat(location.toString()).startsWith(strava.baseUrl() + "/oauth/authorize?");
		Map<String, String> query = UriComponentsBuilder.fromUri(location).build().getQueryParams().toSingleValueMap();
		assertThat(query).containsEntry("client_id", "4711")
			.containsEntry("response_type", "code")
			.containsEntry("approval_prompt", "auto")
			.containsKey("state")
			.doesNotContainKey("code_challenge");
		assertThat(decode(query.get("scope"))).isEqualTo("read,activity:read,activity:read_all");
	}

	@Test
	void connectsAndBackfillsAYearOfActivities() {
		stubStrava();
		URI result = connect("demo", "read,activity:read,activity:read_all");
		assertThat(result.toString()).endsWith("/connections?provider=strava&result=connected");
		strava.verify(postRequestedFor(urlPathEqualTo("/oauth/token")).withRequestBody(containing("code=the-code"))
			.withRequestBody(containing("client_secret=strava-secret")));
		await().untilAsserted(() -> assertThat(activities("demo")).hasSize(2)
			.allSatisfy((activity) -> assertThat(activity.get("energyKcal")).isEqualTo(640.0)));
		Document connection = this.mongo.findById("demo:strava", Document.class, "connections");
		assertThat(connection).isNotNull();
		assertThat(connection.getString("accountId")).isEqualTo("1234567");
		RestTestClientResponse view = api("/api/connections/strava", "demo");
		assertThat(view).hasStatusOk();
		assertThat(view).bodyJson().extractingPath("$.accountId").isEqualTo("1234567");
	}

	@Test
	void refusesAConnectionWithoutActivityAccess() {
		stubStrava();
		URI result = connect("demo", "read");
		assertThat(result.toString()).contains("provider=strava").contains("result=error");
		assertThat(activities("demo")).isEmpty();
	}

	@Test
	void keepsEachUsersConnectionToThemselves() {
		stubStrava();
		connect("demo", "read,activity:read,activity:read_all");
		await().untilAsserted(() -> assertThat(activities("demo")).hasSize(2));
		RestTestClientResponse alex = api("/api/connections/strava", "alex");
		assertThat(alex).bodyJson().extractingPath("$.accountId").isNull();
		assertThat(api("/api/connections/strava/runs", "alex")).bodyJson().isEqualTo("[]");
		assertThat(api("/api/connections/strava/runs", "demo")).bodyJson().extractingPath("$.length()").isNotEqualTo(0);
	}

	@Test
	void waitsForTheNextQuarterHourAfterA429() {
		stubStrava();
		strava.stubFor(get(urlPathEqualTo("/api/v3/athlete/activities")).inScenario("limit")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(429)
				.withHeader("Content-Type", "application/json")
				.withHeader("X-RateLimit-Limit", "200,2000")
				.withHeader("X-RateLimit-Usage", "201,655")
				.withHeader("X-ReadRateLimit-Limit", "100,1000")
				.withHeader("X-ReadRateLimit-Usage", "101,600")
				.withBody("{\"message\":\"Rate Limit Exceeded\",\"errors\":[]}"))
			.willSetStateTo("reset"));
		connect("demo", "read,activity:read,activity:read_all");
		await().untilAsserted(() -> assertThat(activities("demo")).hasSize(2));
		assertThat(this.sleeper.waits()).isNotEmpty()
			.allSatisfy((wait) -> assertThat(wait).isLessThanOrEqualTo(Duration.ofMinutes(15)));
	}

	private static void stubStrava() {
		StravaStubs.stubStrava(strava);
	}

	private List<Document> activities(String userId) {
		return this.mongo.getCollection("activities").find(new Document("userId", userId)).into(new ArrayList<>());
	}

	private URI connect(String user, String scope) {
		return ConnectFlows.connect(this.client, "strava", user, "&scope=" + scope);
	}

	private URI redirect(String path, String user) {
		return ConnectFlows.redirect(this.client, path, user);
	}

	private RestTestClientResponse api(String path, String user) {
		return RestTestClientResponse
			.from(this.client.get().uri(path).header(HttpHeaders.AUTHORIZATION, TestJwts.bearer(user)).exchange());
	}

	private static String decode(String value) {
		return URLDecoder.decode(value, StandardCharsets.UTF_8);
	}

}

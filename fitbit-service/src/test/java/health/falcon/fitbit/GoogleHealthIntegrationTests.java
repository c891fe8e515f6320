package health.falcon.fitbit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import health.falcon.fitbit.heartrate.HeartRateStore;
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
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.test.web.servlet.client.assertj.RestTestClientResponse;
import org.springframework.web.util.UriComponentsBuilder;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.timeout;

/**
 * fitbit-service with the real ingest kit over mongo-java-server, WireMock as Google
 * (OAuth and the Health API v4, real shapes), minted RS256 tokens, a controllable clock
 * and a sleeper that moves it instead of sleeping. The heart-rate store is a mock here:
 * its own tests cover it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@Import(ConnectorTestConfiguration.class)
class GoogleHealthIntegrationTests {

	private static final Instant START = Instant.parse("2026-11-20T10:00:00Z");

	private static final String DATA_POINTS = "/v4/users/me/dataTypes/%s/dataPoints";

	private static final String SCOPES = "https://www.googleapis.com/auth/googlehealth.activity_and_fitness.readonly "
			+ "https://www.googleapis.com/auth/googlehealth.health_metrics_and_measurements.readonly "
			+ "https://www.googleapis.com/auth/googlehealth.sleep.readonly "
			+ "https://www.googleapis.com/auth/googlehealth.settings.readonly";

	private static final WireMockServer google = WireMocks.started();

	private static final InMemoryMongo mongoServer = InMemoryMongo.start();

	@Autowired
	private RestTestClient client;

	@LocalServerPort
	private int port;

	@Autowired
	private MutableClock clock;

	@Autowired
	private RecordingSleeper sleeper;

	@Autowired
	private MongoTemplate mongo;

	@MockitoBean
	private HeartRateStore heartRateStore;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		String base = google.baseUrl();
		ConnectorTestProperties.ingestKit(registry, mongoServer);
		ConnectorTestProperties.provider(registry, "fitbit", new ProviderEndpoints(base + "/o/oauth2/v2/auth",
				base + "/token", base, "1234-abc.apps.googleusercontent.com", "google-secret"));
		registry.add("falcon.ingest.providers.fitbit.backfill-depth", () -> "2d");
		registry.add("falcon.fitbit.notifications.secret", () -> "Bearer s3cr3t");
		registry.add("falcon.fitbit.google-health.revoke-uri", () -> base + "/revoke");
	}

	@BeforeEach
	void resetWorld() {
		google.resetAll();
		this.clock.set(START);
		this.sleeper.reset();
		this.mongo.getDb().drop();
	}

	@AfterAll
	static void stop() {
		google.stop();
		mongoServer.close();
	}

	@Test
	void redirectsToGoogleWithPkceAndOfflineAccess() {
		URI location = redirect("/api/connections/fitbit/authorize", "demo");
		assertThat(location.toString()).startsWith(google.baseUrl() + "/o/oauth2/v2/auth?");
		Map<String, String> query = UriComponentsBuilder.fromUri(location).build().getQueryParams().toSingleValueMap();
		assertThat(query).containsEntry("client_id", "1234-abc.apps.googleusercontent.com")
			.containsEntry("response_type", "code")
			.containsEntry("access_type", "offline")
			.containsEntry("prompt", "consent")
			.containsEntry("code_challenge_method", "S256")
			.containsKey("code_challenge")
			.containsKey("state");
		assertThat(decode(query.get("scope"))).isEqualTo(SCOPES);
	}

	@Test
	void connectsAndBackfillsSleepDailyActivityAndHeartRate() {
		stubGoogle();
		URI result = connect("demo");
		assertThat(result.toString()).endsWith("/connections?provider=fitbit&result=connected");
		google.verify(postRequestedFor(urlPathEqualTo("/token")).withRequestBody(containing("code=the-code"))
			.withRequestBody(containing("code_verifier="))
			.withRequestBody(containing("client_secret=google-secret")));
		await().untilAsserted(() -> {
			assertThat(documents("sleep_sessions", "demo")).hasSize(1);
			assertThat(documents("daily_activity", "demo")).extracting((day) -> day.getString("localDate"))
				.contains("2026-11-19");
		});
		then(this.heartRateStore).should(timeout(5000).atLeastOnce()).merge(eq("demo"), anyCollection(), any());
		then(this.heartRateStore).should(timeout(5000)).restingHeartRate(eq("demo"), any(), eq(58), any());
		Document profile = this.mongo.findById("demo", Document.class, "fitbit_profiles");
		assertThat(profile).isNotNull();
		assertThat(profile).containsEntry("healthUserId", "1234567890").containsEntry("timeZone", "Europe/Berlin");
		RestTestClientResponse view = api("/api/connections/fitbit", "demo");
		assertThat(view).hasStatusOk();
		assertThat(view).bodyJson().extractingPath("$.grantedScopes.length()").isEqualTo(4);
		awaitBackfill("demo");
		// newest first: the first heart-rate request is the slice that ends at the
		// consent
		assertThat(google.getAllServeEvents()
			.stream()
			.sorted(Comparator.comparing((event) -> event.getRequest().getLoggedDate()))
			.map((event) -> event.getRequest())
			.filter((request) -> request.getUrl().startsWith(DATA_POINTS.formatted("heart-rate")))
			.map((request) -> request.queryParameter("filter").firstValue())
			.findFirst()).hasValueSatisfying((filter) -> assertThat(filter).endsWith("< \"" + START + "\""));
		Document backfill = connection("demo").get("backfill", Document.class);
		assertThat(backfill.getDate("reached")).isBeforeOrEqualTo(backfill.getDate("from"));
	}

	@Test
	void keepsEachUsersConnectionToThemselves() {
		stubGoogle();
		connect("demo");
		awaitBackfill("demo");
		assertThat(api("/api/connections/fitbit", "alex")).bodyJson()
			.extractingPath("$.status")
			.isEqualTo("NOT_CONNECTED");
		assertThat(api("/api/connections/fitbit/runs", "alex")).bodyJson().isEqualTo("[]");
		assertThat(api("/api/connections/fitbit/runs", "demo")).bodyJson().extractingPath("$.length()").isNotEqualTo(0);
		assertThat(documents("sleep_sessions", "alex")).isEmpty();
	}

	@Test
	void refreshesAnExpiredTokenThroughTheKit() {
		stubGoogle();
		connect("demo");
		awaitBackfill("demo");
		this.clock.advance(Duration.ofHours(2));
		syncNow("demo");
		await().untilAsserted(() -> google
			.verify(postRequestedFor(urlPathEqualTo("/token")).withRequestBody(containing("grant_type=refresh_token"))
				.withRequestBody(containing("refresh_token=1%2F%2F0gAb"))));
		await().untilAsserted(() -> assertThat(manualRuns("demo")).singleElement()
			.satisfies((run) -> assertThat(run.getString("status")).isEqualTo("SUCCEEDED")));
	}

	@Test
	void needsAReconnectWhenTheUserRevokedConsent() {
		stubGoogle();
		connect("demo");
		awaitBackfill("demo");
		google.stubFor(get(urlPathEqualTo(DATA_POINTS.formatted("heart-rate"))).atPriority(1)
			.willReturn(aResponse().withStatus(401)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"error\":{\"code\":401,\"message\":\"Request had invalid authentication credentials.\","
						+ "\"status\":\"UNAUTHENTICATED\"}}")));
		syncNow("demo");
		await().untilAsserted(() -> assertThat(connection("demo").getString("status")).isEqualTo("NEEDS_RECONNECT"));
		await().untilAsserted(() -> assertThat(manualRuns("demo")).singleElement()
			.satisfies((run) -> assertThat(run.getString("status")).isEqualTo("FAILED")));
	}

	@Test
	void disconnectRevokesTheAccessTokenAtGoogleAndPurges() {
		stubGoogle();
		google.stubFor(post(urlPathEqualTo("/revoke")).willReturn(okJson("{}")));
		connect("demo");
		awaitBackfill("demo");
		assertThat(disconnect("demo", true)).hasStatus(204);
		google.verify(1, postRequestedFor(urlPathEqualTo("/revoke")).withRequestBody(equalTo("token=ya29.a0Af-test")));
		assertThat(connection("demo").getString("status")).isEqualTo("DISCONNECTED");
		assertThat(documents("sleep_sessions", "demo")).isEmpty();
	}

	@Test
	void disconnectCompletesWhenGoogleNoLongerKnowsTheToken() {
		stubGoogle();
		google.stubFor(post(urlPathEqualTo("/revoke")).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":\"invalid_token\",\"error_description\":\"Token expired or revoked\"}")));
		connect("demo");
		awaitBackfill("demo");
		assertThat(disconnect("demo", false)).hasStatus(204);
		google.verify(1, postRequestedFor(urlPathEqualTo("/revoke")));
		assertThat(connection("demo").getString("status")).isEqualTo("DISCONNECTED");
		assertThat(connection("demo").get("accessToken")).isNull();
		assertThat(documents("sleep_sessions", "demo")).hasSize(1);
	}

	@Test
	void waitsForRetryAfterOnResourceExhausted() {
		stubGoogle();
		google.stubFor(get(urlPathEqualTo(DATA_POINTS.formatted("sleep"))).inScenario("quota")
			.whenScenarioStateIs(Scenario.STARTED)
			.atPriority(1)
			.willReturn(aResponse().withStatus(429)
				.withHeader("Content-Type", "application/json")
				.withHeader("Retry-After", "30")
				.withBody("{\"error\":{\"code\":429,\"message\":\"Quota exceeded for quota metric 'Queries'.\","
						+ "\"status\":\"RESOURCE_EXHAUSTED\",\"details\":[{\"@type\":"
						+ "\"type.googleapis.com/google.rpc.ErrorInfo\",\"reason\":\"RATE_LIMIT_EXCEEDED\"}]}}"))
			.willSetStateTo("reset"));
		connect("demo");
		awaitBackfill("demo");
		assertThat(this.sleeper.waits()).isNotEmpty()
			.allSatisfy((wait) -> assertThat(wait).isLessThanOrEqualTo(Duration.ofSeconds(30)));
	}

	@Test
	void refetchesWhatANotificationNamesWithoutLogin() {
		stubGoogle();
		connect("demo");
		awaitBackfill("demo");
		google.stubFor(get(urlPathEqualTo(DATA_POINTS.formatted("steps")))
			.withQueryParam("filter", containing(">= \"2026-11-10\""))
			.atPriority(1)
			.willReturn(okJson("""
					{"dataPoints":[{"steps":{"count":"512","interval":{"startTime":"2026-11-10T06:01:00Z",
					 "startUtcOffset":"3600s","endTime":"2026-11-10T06:02:00Z","endUtcOffset":"3600s"}}}]}""")));
		RestTestClientResponse response = RestTestClientResponse.from(this.client.post()
			.uri("/webhooks/google-health")
			.header(HttpHeaders.AUTHORIZATION, "Bearer s3cr3t")
			.contentType(MediaType.APPLICATION_JSON)
			.body("""
					{"data":{"version":"1","healthUserId":"1234567890","dataType":"steps","operation":"UPSERT",
					 "intervals":[{"physicalTimeInterval":{"startTime":"2026-11-10T06:00:00Z","endTime":"2026-11-10T06:15:00Z"},
					  "civilDateTimeInterval":{"startDateTime":{"date":{"year":2026,"month":11,"day":10}},
					                           "endDateTime":{"date":{"year":2026,"month":11,"day":10}}}}]}}
					""")
			.exchange());
		assertThat(response).hasStatus(204);
		await().untilAsserted(() -> google.verify(getRequestedFor(urlPathEqualTo(DATA_POINTS.formatted("steps")))
			.withQueryParam("filter", equalTo("steps.interval.civil_start_time >= \"2026-11-10\" AND "
					+ "steps.interval.civil_start_time < \"2026-11-11\""))));
		await().untilAsserted(
				() -> assertThat(this.mongo.findById("demo:2026-11-10", Document.class, "daily_activity")).isNotNull()
					.containsEntry("steps", 512L));
	}

	@Test
	void readsChunkedNotificationsUpToTheLimitOnly() throws IOException, InterruptedException {
		stubGoogle();
		connect("demo");
		awaitBackfill("demo");
		String notification = """
				{"data":{"version":"1","healthUserId":"1234567890","dataType":"steps","operation":"UPSERT",
				 "intervals":[{"civilDateTimeInterval":{"startDateTime":{"date":{"year":2026,"month":11,"day":10}},
				                                        "endDateTime":{"date":{"year":2026,"month":11,"day":10}}}}]}}
				""";
		String oversized = notification.replace("\"version\":\"1\"",
				"\"version\":\"1\",\"padding\":\"" + "x".repeat(64 * 1024) + "\"");
		HttpResponse<String> refused = postChunked("/webhooks/google-health", oversized);
		assertThat(refused.statusCode()).isEqualTo(413);
		assertThat(refused.body()).contains("https://falcon.health/problems/payload-too-large");
		google.verify(0, getRequestedFor(urlPathEqualTo(DATA_POINTS.formatted("steps"))).withQueryParam("filter",
				containing(">= \"2026-11-10\"")));
		assertThat(postChunked("/webhooks/google-health", notification).statusCode()).isEqualTo(204);
		await().untilAsserted(() -> google.verify(getRequestedFor(urlPathEqualTo(DATA_POINTS.formatted("steps")))
			.withQueryParam("filter", containing(">= \"2026-11-10\""))));
	}

	private HttpResponse<String> postChunked(String path, String body) throws IOException, InterruptedException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		// a body publisher of unknown length makes the client send it chunked
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.version(HttpClient.Version.HTTP_1_1)
			.header(HttpHeaders.AUTHORIZATION, "Bearer s3cr3t")
			.header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

	private void stubGoogle() {
		google.stubFor(post(urlPathEqualTo("/token")).willReturn(okJson("""
				{"access_token":"ya29.a0Af-test","expires_in":3599,"refresh_token":"1//0gAb",
				 "scope":"%s","token_type":"Bearer"}""".formatted(SCOPES))));
		google.stubFor(get(urlPathEqualTo("/v4/users/me/identity")).willReturn(okJson(
				"{\"name\":\"users/me/identity\",\"healthUserId\":\"1234567890\",\"legacyUserId\":\"A1B2C3\"}")));
		google.stubFor(get(urlPathEqualTo("/v4/users/me/settings")).willReturn(
				okJson("{\"name\":\"users/me/settings\",\"timeZone\":\"Europe/Berlin\",\"utcOffset\":\"3600s\"}")));
		google.stubFor(get(urlPathEqualTo(DATA_POINTS.formatted("heart-rate"))).willReturn(okJson("""
				{"dataPoints":[{"dataSource":{"platform":"FITBIT"},"heartRate":{"beatsPerMinute":"64",
				 "sampleTime":{"physicalTime":"2026-11-19T06:00:05Z","utcOffset":"3600s"}}}],"nextPageToken":""}""")));
		google.stubFor(get(urlPathEqualTo(DATA_POINTS.formatted("daily-resting-heart-rate"))).willReturn(
				okJson("""
						{"dataPoints":[{"dailyRestingHeartRate":{"date":{"year":2026,"month":11,"day":19},"beatsPerMinute":"58"}}]}""")));
		google.stubFor(get(urlPathEqualTo(DATA_POINTS.formatted("sleep"))).willReturn(
				okJson("""
						{"dataPoints":[{"name":"users/1234567890/dataTypes/sleep/dataPoints/7f3c","sleep":{
						 "interval":{"startTime":"2026-11-18T22:40:00Z","startUtcOffset":"3600s","endTime":"2026-11-19T06:10:30Z",
						  "endUtcOffset":"3600s"},"type":"STAGES","stages":[{"startTime":"2026-11-18T22:40:00Z",
						  "startUtcOffset":"3600s","endTime":"2026-11-19T06:10:30Z","endUtcOffset":"3600s","type":"LIGHT"}],
						 "summary":{"minutesInSleepPeriod":"450","minutesAsleep":"412","minutesAwake":"38"}}}],"nextPageToken":""}""")));
		for (String type : List.of("steps", "distance", "active-energy-burned")) {
			String key = type.equals("steps") ? "steps\":{\"count\":\"112\"" : type.equals("distance")
					? "distance\":{\"millimeters\":\"87300\"" : "activeEnergyBurned\":{\"kcal\":3.1";
			google.stubFor(get(urlPathEqualTo(DATA_POINTS.formatted(type))).willReturn(okJson("{\"dataPoints\":[{\""
					+ key + ",\"interval\":{\"startTime\":\"2026-11-19T07:01:00Z\",\"startUtcOffset\":\"3600s\","
					+ "\"endTime\":\"2026-11-19T07:02:00Z\",\"endUtcOffset\":\"3600s\"}}}]}")));
		}
		google.stubFor(post(urlPathEqualTo(DATA_POINTS.formatted("total-calories") + ":dailyRollUp")).willReturn(
				okJson("""
						{"rollupDataPoints":[{"civilStartTime":{"date":{"year":2026,"month":11,"day":19},"time":{}},
						 "civilEndTime":{"date":{"year":2026,"month":11,"day":20}},"totalCalories":{"kcalSum":2456.7}}]}""")));
	}

	private void awaitBackfill(String userId) {
		await().untilAsserted(
				() -> assertThat(connection(userId).get("backfill", Document.class)).containsEntry("completed", true));
		assertThat(documents("sleep_sessions", userId)).hasSize(1);
	}

	private List<Document> manualRuns(String userId) {
		return this.mongo.getCollection("sync_runs")
			.find(new Document("userId", userId).append("trigger", "MANUAL")
				.append("finishedAt", new Document("$ne", null)))
			.into(new ArrayList<>());
	}

	private List<Document> documents(String collection, String userId) {
		return this.mongo.getCollection(collection).find(new Document("userId", userId)).into(new ArrayList<>());
	}

	private Document connection(String userId) {
		Document connection = this.mongo.findById(userId + ":fitbit", Document.class, "connections");
		assertThat(connection).isNotNull();
		return connection;
	}

	private void syncNow(String user) {
		this.client.post()
			.uri("/api/connections/fitbit/sync")
			.header(HttpHeaders.AUTHORIZATION, TestJwts.bearer(user))
			.exchange()
			.expectStatus()
			.isAccepted();
	}

	private URI connect(String user) {
		return ConnectFlows.connect(this.client, "fitbit", user, "");
	}

	private URI redirect(String path, String user) {
		return ConnectFlows.redirect(this.client, path, user);
	}

	private RestTestClientResponse disconnect(String user, boolean purge) {
		return RestTestClientResponse.from(this.client.delete()
			.uri("/api/connections/fitbit?purge=" + purge)
			.header(HttpHeaders.AUTHORIZATION, TestJwts.bearer(user))
			.exchange());
	}

	private RestTestClientResponse api(String path, String user) {
		return RestTestClientResponse
			.from(this.client.get().uri(path).header(HttpHeaders.AUTHORIZATION, TestJwts.bearer(user)).exchange());
	}

	private static String decode(String value) {
		return URLDecoder.decode(value, StandardCharsets.UTF_8);
	}

}

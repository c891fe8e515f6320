package health.falcon.diet.diary;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import health.falcon.ingest.sync.SyncRunner;
import health.falcon.testsupport.ConnectorTestConfiguration;
import health.falcon.testsupport.ConnectorTestProperties;
import health.falcon.testsupport.RecordingSleeper;
import health.falcon.testsupport.InMemoryMongo;
import health.falcon.testsupport.WireMocks;
import health.falcon.testsupport.MutableClock;
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
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.test.web.servlet.client.assertj.RestTestClientResponse;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * diet-service with the real ingest kit over mongo-java-server and WireMock as
 * MyFitnessPal's web and API hosts (the shapes python-myfitnesspal reads): the session
 * endpoint, the backfill, re-syncs, the connection states, quarantine, purge and
 * isolation between users. The clock stands at 10:00 UTC on 10 March 2026 and the
 * backfill reaches three days back, so a backfill reads 7 to 10 March.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@Import(ConnectorTestConfiguration.class)
class MyFitnessPalDiaryIntegrationTests {

	private static final Instant START = Instant.parse("2026-03-10T10:00:00Z");

	private static final String ALICE_COOKIE = "mfp_session=alice-session";

	private static final String BOB_COOKIE = "mfp_session=bob-session";

	private static final List<String> BACKFILL = List.of("2026-03-07", "2026-03-08", "2026-03-09", "2026-03-10");

	private static final WireMockServer mfp = WireMocks.started();

	private static final InMemoryMongo mongoServer = InMemoryMongo.start();

	@Autowired
	private RestTestClient client;

	@Autowired
	private MutableClock clock;

	@Autowired
	private RecordingSleeper sleeper;

	@Autowired
	private MongoTemplate mongo;

	@Autowired
	private SyncRunner runner;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		ConnectorTestProperties.ingestKit(registry, mongoServer);
		registry.add("falcon.ingest.providers.myfitnesspal.backfill-depth", () -> "3d");
		registry.add("falcon.diet.myfitnesspal.web-base-url", () -> mfp.baseUrl() + "/www");
		registry.add("falcon.diet.myfitnesspal.api-base-url", () -> mfp.baseUrl() + "/api");
	}

	@BeforeEach
	void resetWorld() {
		await().atMost(Duration.ofSeconds(30)).until(this.runner::idle);
		mfp.resetAll();
		this.clock.set(START);
		this.sleeper.reset();
		this.mongo.getDb().drop();
		stubAccount("alice", "u-alice", ALICE_COOKIE);
		stubAccount("bob", "u-bob", BOB_COOKIE);
		mfp.stubFor(get(urlPathEqualTo("/www/food/water"))
			.willReturn(okJson("{\"item\":{\"milliliters\":750,\"date\":\"2026-03-10\"}}")));
	}

	@AfterAll
	static void stop() {
		mfp.stop();
		mongoServer.close();
	}

	@Test
	void connectsWithAValidCookieAndBackfillsTheDiary() {
		RestTestClientResponse response = connect("demo", ALICE_COOKIE);
		assertThat(response).hasStatus(201);
		assertThat(response).bodyJson().isLenientlyEqualTo("""
				{"provider":"myfitnesspal","status":"ACTIVE","accountId":"u-alice","username":"alice"}""");
		awaitRun("demo", "SUCCEEDED");
		assertThat(days("demo")).extracting((day) -> day.getString("date")).containsExactlyElementsOf(BACKFILL);
		// the backfill reads the newest day first and moves reached back to the horizon
		assertThat(mfp.getAllServeEvents()
			.stream()
			.sorted(Comparator.comparing((event) -> event.getRequest().getLoggedDate()))
			.map((event) -> event.getRequest())
			.filter((request) -> request.getUrl().startsWith("/www/food/diary/alice"))
			.map((request) -> request.queryParameter("date").firstValue())
			.toList()).containsExactly("2026-03-10", "2026-03-09", "2026-03-08", "2026-03-07");
		Document backfill = this.mongo.findById("demo:myfitnesspal", Document.class, "connections")
			.get("backfill", Document.class);
		assertThat(backfill).containsEntry("completed", true).containsEntry("newestFirst", true);
		assertThat(backfill.getDate("reached")).isBeforeOrEqualTo(backfill.getDate("from"));
		Document diary = day("demo", "2026-03-10").get("diary", Document.class);
		assertThat(diary.get("totals", Document.class)).containsEntry("kcal", 1400.0).containsEntry("sodiumMg", 1122.0);
		assertThat(diary.get("goals", Document.class)).containsEntry("kcal", 2300.0);
		assertThat(diary).containsEntry("waterMl", 750.0).containsEntry("complete", true);
		Document breakfast = diary.getList("meals", Document.class).get(0);
		assertThat(breakfast.getString("name")).isEqualTo("Breakfast");
		assertThat(breakfast.get("totals", Document.class)).containsEntry("kcal", 1400.0);
		assertThat(breakfast.getList("items", Document.class)).extracting((item) -> item.getString("name"))
			.containsExactly("Oats - Rolled, 50 g", "Coffee - Latte, 1 cup");
		Document source = day("demo", "2026-03-10").get("sources", Document.class).get("diary", Document.class);
		assertThat(source).containsEntry("provider", "myfitnesspal")
			.containsEntry("channel", "diary")
			.containsEntry("accountId", "u-alice")
			.containsKey("ingestRunId");
		Document connection = this.mongo.findById("demo:myfitnesspal", Document.class, "connections");
		assertThat(connection).containsEntry("status", "ACTIVE").containsEntry("accountId", "u-alice");
		assertThat(connection.toJson()).doesNotContain("alice-session");
		assertThat(this.mongo.findById("demo", Document.class, "myfitnesspal_profiles")).containsEntry("username",
				"alice");
		mfp.verify(getRequestedFor(urlPathEqualTo("/api/v2/users/u-alice"))
			.withHeader("Authorization", equalTo("Bearer token-u-alice"))
			.withHeader("mfp-client-id", equalTo("mfp-main-js"))
			.withHeader("mfp-user-id", equalTo("u-alice")));
		mfp.verify(getRequestedFor(urlPathEqualTo("/www/food/diary/alice")).withHeader("Cookie", equalTo(ALICE_COOKIE))
			.withHeader("User-Agent", containing("Chrome/")));
	}

	@Test
	void refusesARedirectedOrHtmlSessionAndStoresNothing() {
		RestTestClientResponse redirected = connect("demo", "mfp_session=stale");
		assertThat(redirected).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(redirected).bodyJson()
			.extractingPath("$.type")
			.isEqualTo("https://falcon.health/problems/invalid-session");
		mfp.stubFor(authToken("mfp_session=html").willReturn(aResponse().withHeader("Content-Type", "text/html")
			.withBody("<html><form action=\"/account/login\"></form></html>")));
		assertThat(connect("demo", "mfp_session=html")).hasStatus(400);
		assertThat(this.mongo.getCollection("connections").countDocuments()).isZero();
		assertThat(this.mongo.getCollection("myfitnesspal_profiles").countDocuments()).isZero();
	}

	@Test
	void refusesASessionWhoseTokenTheApiRefuses() {
		mfp.stubFor(get(urlPathEqualTo("/api/v2/users/u-alice")).atPriority(1).willReturn(aResponse().withStatus(401)));
		assertThat(connect("demo", ALICE_COOKIE)).hasStatus(400);
		assertThat(this.mongo.getCollection("connections").countDocuments()).isZero();
	}

	@Test
	void answers502WhenMyFitnessPalFails() {
		mfp.stubFor(authToken(ALICE_COOKIE).atPriority(1).willReturn(aResponse().withStatus(503)));
		RestTestClientResponse response = connect("demo", ALICE_COOKIE);
		assertThat(response).hasStatus(502);
		assertThat(response).bodyJson()
			.extractingPath("$.type")
			.isEqualTo("https://falcon.health/problems/provider-unavailable");
		assertThat(this.mongo.getCollection("connections").countDocuments()).isZero();
	}

	@Test
	void rejectsAMissingOrMultiLineCookie() {
		assertThat(connect("demo", "")).hasStatus(400);
		assertThat(connect("demo", "mfp_session=a\r\nX-Evil: 1")).hasStatus(400);
		mfp.verify(0, getRequestedFor(urlPathEqualTo("/www/user/auth_token")));
	}

	@Test
	void theOAuthConnectFlowIsNotOffered() {
		RestTestClientResponse response = call(HttpMethod.GET, "/api/connections/myfitnesspal/authorize", "demo");
		assertThat(response).hasStatus(404).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void aResyncIsAnUpsertAndKeepsExportDataWhichAPurgeLeavesAlone() {
		this.mongo.getCollection("nutrition_days")
			.insertOne(new Document("_id", "demo/2026-03-09").append("userId", "demo")
				.append("date", "2026-03-09")
				.append("totals", new Document("kcal", 2000.0))
				.append("meals", List.of())
				.append("sources",
						new Document("nutrition", new Document("provider", "myfitnesspal").append("channel", "export")
							.append("file", "Nutrition-Summary.csv"))));
		connect("demo", ALICE_COOKIE);
		awaitRun("demo", "SUCCEEDED");
		this.clock.advance(Duration.ofHours(1));
		assertThat(call(HttpMethod.POST, "/api/connections/myfitnesspal/sync", "demo")).hasStatus(202);
		await().until(() -> runs("demo") == 2 && this.runner.idle());
		assertThat(days("demo")).hasSize(4);
		Document shared = day("demo", "2026-03-09");
		assertThat(shared.get("totals", Document.class)).containsEntry("kcal", 2000.0);
		assertThat(shared.get("diary", Document.class).get("totals", Document.class)).containsEntry("kcal", 1400.0);
		assertThat(call(HttpMethod.DELETE, "/api/connections/myfitnesspal?purge=true", "demo")).hasStatus(204);
		assertThat(days("demo")).singleElement().satisfies((day) -> {
			assertThat(day.getString("date")).isEqualTo("2026-03-09");
			assertThat(day).doesNotContainKey("diary").containsKey("totals");
			assertThat(day.get("sources", Document.class)).containsOnlyKeys("nutrition");
		});
		assertThat(this.mongo.getCollection("myfitnesspal_profiles").countDocuments()).isZero();
		assertThat(this.mongo.findById("demo:myfitnesspal", Document.class, "connections"))
			.containsEntry("status", "DISCONNECTED")
			.doesNotContainKey("accessToken");
	}

	@Test
	void anExpiredSessionNeedsAReconnect() {
		connect("demo", ALICE_COOKIE);
		awaitRun("demo", "SUCCEEDED");
		mfp.stubFor(authToken(ALICE_COOKIE).atPriority(1)
			.willReturn(aResponse().withStatus(302).withHeader("Location", "/account/login")));
		call(HttpMethod.POST, "/api/connections/myfitnesspal/sync", "demo");
		await().untilAsserted(() -> assertThat(status("demo")).containsEntry("status", "NEEDS_RECONNECT")
			.containsEntry("statusReason", "session-expired"));
		assertThat(call(HttpMethod.POST, "/api/connections/myfitnesspal/sync", "demo")).hasStatus(409);
		mfp.resetMappings();
		stubAccount("alice", "u-alice", ALICE_COOKIE);
		// no water stub any more: a 404 leaves the water unknown
		assertThat(connect("demo", ALICE_COOKIE)).hasStatus(201);
		awaitRun("demo", "SUCCEEDED");
		assertThat(status("demo")).containsEntry("status", "ACTIVE").doesNotContainKey("statusReason");
		assertThat(day("demo", "2026-03-10").get("diary", Document.class)).containsEntry("waterMl", null);
	}

	@Test
	void aPrivateOrLockedDiaryEndsInErrorWithItsReason() {
		for (String page : List.of(DiaryPages.PRIVATE, DiaryPages.LOCKED)) {
			mfp.stubFor(get(urlPathEqualTo("/www/food/diary/alice")).atPriority(1)
				.willReturn(aResponse().withHeader("Content-Type", "text/html").withBody(page)));
			connect("demo", ALICE_COOKIE);
			await().until(this.runner::idle);
		}
		Document connection = status("demo");
		assertThat(connection).containsEntry("status", "ERROR").containsEntry("statusReason", "diary-locked");
		Document first = this.mongo.getCollection("sync_runs").find(new Document("userId", "demo")).first();
		assertThat(first.getList("errors", String.class)).containsExactly("Connection error: diary-private");
		assertThat(days("demo")).isEmpty();
	}

	@Test
	void quarantinesAnUnreadableDayAndStoresTheOthers() {
		mfp.stubFor(get(urlPathEqualTo("/www/food/diary/alice")).withQueryParam("date", equalTo("2026-03-08"))
			.atPriority(1)
			.willReturn(aResponse().withHeader("Content-Type", "text/html").withBody(DiaryPages.GARBAGE)));
		connect("demo", ALICE_COOKIE);
		awaitRun("demo", "SUCCEEDED");
		assertThat(days("demo")).extracting((day) -> day.getString("date"))
			.containsExactly("2026-03-07", "2026-03-09", "2026-03-10");
		Document quarantined = this.mongo.getCollection("quarantined_records").find().first();
		assertThat(quarantined).containsEntry("recordId", "diary:2026-03-08")
			.containsEntry("provider", "myfitnesspal")
			.containsEntry("reason", "the page has no diary table (no meal header row)");
		assertThat(
				this.mongo.findById("demo:myfitnesspal", Document.class, "connections").get("cursors", Document.class))
			.containsEntry("days", "2026-03-10");
	}

	@Test
	void retriesAServerErrorOfTheDiary() {
		mfp.stubFor(get(urlPathEqualTo("/www/food/diary/alice")).inScenario("flaky")
			.whenScenarioStateIs(Scenario.STARTED)
			.atPriority(1)
			.willReturn(aResponse().withStatus(502))
			.willSetStateTo("recovered"));
		connect("demo", ALICE_COOKIE);
		awaitRun("demo", "SUCCEEDED");
		assertThat(days("demo")).hasSize(4);
		assertThat(this.sleeper.waits()).isNotEmpty();
	}

	@Test
	void readsTodayAndYesterdayOfTheUsersZone() {
		this.mongo.getCollection("user_settings")
			.insertOne(new Document("_id", "demo").append("timeZone", "Pacific/Kiritimati"));
		connect("demo", ALICE_COOKIE);
		awaitRun("demo", "SUCCEEDED");
		// 10:00 UTC is already midnight of 11 March at UTC+14
		assertThat(days("demo")).extracting((day) -> day.getString("date")).endsWith("2026-03-10", "2026-03-11");
	}

	@Test
	void keepsEachUsersDiaryToThemselves() {
		connect("demo", ALICE_COOKIE);
		awaitRun("demo", "SUCCEEDED");
		mfp.stubFor(get(urlPathEqualTo("/www/food/diary/bob")).atPriority(1)
			.willReturn(aResponse().withHeader("Content-Type", "text/html").withBody(DiaryPages.FRIEND)));
		connect("alex", BOB_COOKIE);
		awaitRun("alex", "SUCCEEDED");
		assertThat(days("demo")).hasSize(4)
			.allSatisfy((day) -> assertThat(day.get("sources", Document.class).get("diary", Document.class))
				.containsEntry("accountId", "u-alice"));
		assertThat(days("alex")).hasSize(4).allSatisfy((day) -> assertThat(day.getString("_id")).startsWith("alex/"));
		assertThat(call(HttpMethod.GET, "/api/connections/myfitnesspal", "alex")).bodyJson()
			.extractingPath("$.accountId")
			.isEqualTo("u-bob");
		call(HttpMethod.DELETE, "/api/connections/myfitnesspal?purge=true", "alex");
		assertThat(days("alex")).isEmpty();
		assertThat(days("demo")).hasSize(4);
		assertThat(this.mongo.findById("demo", Document.class, "myfitnesspal_profiles")).isNotNull();
	}

	private void stubAccount(String username, String userId, String cookie) {
		mfp.stubFor(get(urlPathEqualTo("/www/user/auth_token")).atPriority(9)
			.willReturn(aResponse().withStatus(302).withHeader("Location", "/account/login")));
		mfp.stubFor(authToken(cookie).atPriority(5).willReturn(okJson("""
				{"token_type":"Bearer","access_token":"token-%s","expires_in":3600,
				 "refresh_token":"refresh","user_id":"%s"}""".formatted(userId, userId))));
		mfp.stubFor(get(urlPathEqualTo("/api/v2/users/" + userId)).atPriority(5)
			.withHeader("Authorization", equalTo("Bearer token-" + userId))
			.willReturn(okJson("""
					{"item":{"id":"%s","username":"%s","email":"%s@example.com",
					 "unit_preferences":{"energy":"calories","weight":"kg","water":"milliliters"},
					 "diary_preferences":{"meal_names":["Breakfast","Lunch","Dinner","Snacks"],
					 "tracked_nutrients":["carbohydrates","fat","protein","sodium","sugar"]}}}""".formatted(userId,
					username, username))));
		mfp.stubFor(get(urlPathEqualTo("/www/food/diary/" + username)).atPriority(5)
			.withHeader("Cookie", equalTo(cookie))
			.willReturn(aResponse().withHeader("Content-Type", "text/html; charset=utf-8").withBody(DiaryPages.OWN)));
	}

	private static MappingBuilder authToken(String cookie) {
		return get(urlPathEqualTo("/www/user/auth_token")).withQueryParam("refresh", equalTo("true"))
			.withHeader("Cookie", equalTo(cookie));
	}

	private RestTestClientResponse connect(String user, String cookie) {
		return RestTestClientResponse.from(this.client.post()
			.uri("/api/connections/myfitnesspal/session")
			.header(HttpHeaders.AUTHORIZATION, TestJwts.bearer(user))
			.contentType(MediaType.APPLICATION_JSON)
			.body(new Document("cookie", cookie).toJson())
			.exchange());
	}

	private RestTestClientResponse call(HttpMethod method, String path, String user) {
		return RestTestClientResponse.from(this.client.method(method)
			.uri(path)
			.header(HttpHeaders.AUTHORIZATION, TestJwts.bearer(user))
			.exchange());
	}

	private void awaitRun(String user, String outcome) {
		await().untilAsserted(() -> assertThat(status(user)).containsEntry("lastRunStatus", outcome));
		await().until(this.runner::idle);
	}

	private Document status(String user) {
		Document connection = this.mongo.findById(user + ":myfitnesspal", Document.class, "connections");
		return (connection != null) ? connection : new Document();
	}

	private long runs(String user) {
		return this.mongo.getCollection("sync_runs").countDocuments(new Document("userId", user));
	}

	private List<Document> days(String user) {
		return this.mongo.getCollection("nutrition_days")
			.find(new Document("userId", user))
			.sort(new Document("date", 1))
			.into(new ArrayList<>());
	}

	private Document day(String user, String date) {
		Document day = this.mongo.findById(user + "/" + date, Document.class, "nutrition_days");
		assertThat(day).isNotNull();
		return day;
	}

}

package health.falcon.fitness;

import java.util.ArrayList;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import health.falcon.testsupport.ConnectFlows;
import health.falcon.testsupport.ConnectorTestConfiguration;
import health.falcon.testsupport.ConnectorTestProperties;
import health.falcon.testsupport.ConnectorTestProperties.ProviderEndpoints;
import health.falcon.testsupport.InMemoryMongo;
import health.falcon.testsupport.MutableClock;
import health.falcon.testsupport.RecordingSleeper;
import health.falcon.testsupport.TestJwts;
import health.falcon.testsupport.WireMocks;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.Job;
import org.quartz.Scheduler;
import org.quartz.Trigger;
import org.quartz.TriggerKey;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.test.web.servlet.client.assertj.RestTestClientResponse;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What an attacker can do with Strava's unsigned webhook, and the reconciliation of
 * missed deletions: fitness-service with the real ingest kit over mongo-java-server and
 * WireMock as Strava (the real shapes, faults included). Every forged event is answered
 * 200, and stored data changes only when Strava itself confirms the change.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@Import(ConnectorTestConfiguration.class)
class StravaWebhookIntegrationTests {

	private static final String RECORD_NOT_FOUND = """
			{"message":"Record Not Found","errors":[{"resource":"Activity","field":"id","code":"invalid"}]}""";

	private static final String REFRESH_REFUSED = """
			{"message":"Bad Request","errors":[{"resource":"RefreshToken","field":"refresh_token","code":"invalid"}]}""";

	private static final String TOKEN_INVALID = """
			{"message":"Authorization Error","errors":[{"resource":"Athlete","field":"access_token","code":"invalid"}]}""";

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

	@Autowired
	private Scheduler scheduler;

	@Autowired
	private AutowireCapableBeanFactory beans;

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
	void connectDemoWithTwoActivities() {
		strava.resetAll();
		this.clock.set(StravaStubs.START);
		this.sleeper.reset();
		this.mongo.getDb().drop();
		StravaStubs.stubStrava(strava);
		ConnectFlows.connect(this.client, "strava", "demo", "&scope=read,activity:read,activity:read_all");
		await().untilAsserted(() -> {
			assertThat(activities()).hasSize(2)
				.allSatisfy((activity) -> assertThat(activity.get("energyKcal")).isEqualTo(640.0));
			assertThat(finishedRuns("BACKFILL")).isOne();
		});
		strava.resetRequests();
	}

	@AfterAll
	static void stop() {
		strava.stop();
		mongoServer.close();
	}

	@Test
	void aForgedDeleteForAnActivityStravaStillHasDeletesNothing() {
		List<Document> before = activities();
		assertThat(event(activityEvent(101, "delete", 1234567))).hasStatusOk();
		awaitWebhookRuns(1);
		strava.verify(getRequestedFor(urlPathEqualTo("/api/v3/activities/101")));
		assertThat(activities()).isEqualTo(before);
	}

	@Test
	void aDeleteStravaConfirmsWith404SoftDeletesTheActivity() {
		strava.stubFor(get("/api/v3/activities/101").atPriority(1)
			.willReturn(aResponse().withStatus(404)
				.withHeader("Content-Type", "application/json")
				.withBody(RECORD_NOT_FOUND)));
		assertThat(event(activityEvent(101, "delete", 1234567))).hasStatusOk();
		await().untilAsserted(() -> assertThat(activity(101).get("deleted")).isEqualTo(true));
		assertThat(activity(102).get("deleted")).isEqualTo(false);
	}

	@Test
	void aForgedDeauthorizationWhileTheRefreshWorksChangesNothing() {
		List<Document> before = activities();
		assertThat(event(deauthorization(1234567))).hasStatusOk();
		awaitWebhookRuns(1);
		strava.verify(postRequestedFor(urlPathEqualTo("/oauth/token"))
			.withRequestBody(containing("grant_type=refresh_token")));
		assertThat(connection().getString("status")).isEqualTo("ACTIVE");
		assertThat(activities()).isEqualTo(before);
	}

	@Test
	void aDeauthorizationStravaConfirmsByRefusingTheRefreshRevokesAndPurges() {
		strava.stubFor(post(urlPathEqualTo("/oauth/token")).atPriority(1)
			.withRequestBody(containing("grant_type=refresh_token"))
			.willReturn(aResponse().withStatus(400)
				.withHeader("Content-Type", "application/json")
				.withBody(REFRESH_REFUSED)));
		assertThat(event(deauthorization(1234567))).hasStatusOk();
		await().untilAsserted(() -> assertThat(connection().getString("status")).isEqualTo("REVOKED"));
		assertThat(activities()).isEmpty();
		assertThat(connection().get("accessToken")).isNull();
	}

	@Test
	void aDeauthorizationStravaConfirmsByRefusingTheProbeRevokesAndPurges() {
		strava.stubFor(get(urlPathEqualTo("/api/v3/athlete/activities")).withQueryParam("per_page", equalTo("1"))
			.atPriority(1)
			.willReturn(aResponse().withStatus(401)
				.withHeader("Content-Type", "application/json")
				.withBody(TOKEN_INVALID)));
		assertThat(event(deauthorization(1234567))).hasStatusOk();
		await().untilAsserted(() -> assertThat(connection().getString("status")).isEqualTo("REVOKED"));
		assertThat(activities()).isEmpty();
	}

	@Test
	void eventsForAnAthleteNobodyConnectedSpendNoCall() {
		assertThat(event(activityEvent(555, "create", 7654321))).hasStatusOk();
		assertThat(event(activityEvent(101, "delete", 7654321))).hasStatusOk();
		assertThat(event(deauthorization(7654321))).hasStatusOk();
		// a look for the connected athlete after them: the single worker takes events in
		// order, so once it ran, anything queued before it ran too
		assertThat(event(activityEvent(102, "update", 1234567))).hasStatusOk();
		awaitWebhookRuns(1);
		assertThat(strava.findAll(anyRequestedFor(urlPathMatching("/api/v3/activities/(555|101)")))).isEmpty();
		assertThat(strava.findAll(postRequestedFor(urlPathEqualTo("/oauth/token")))).isEmpty();
		assertThat(connection().getString("status")).isEqualTo("ACTIVE");
	}

	@Test
	void reconcilingSoftDeletesExactlyWhatStravaNoLongerListsAndShowsTheCount() {
		stubListing(1, "[" + StravaStubs.summary(101, "2025-06-01T06:00:00Z") + "]");
		stubListing(2, "[]");
		RestTestClientResponse response = reconcile("demo");
		assertThat(response).hasStatus(202);
		assertThat(response).bodyJson().extractingPath("$.status").isEqualTo("SUCCEEDED");
		assertThat(response).bodyJson().extractingPath("$.deleted").isEqualTo(1);
		assertThat(activity(102).get("deleted")).isEqualTo(true);
		assertThat(activity(101).get("deleted")).isEqualTo(false);
		RestTestClientResponse runs = RestTestClientResponse.from(this.client.get()
			.uri("/api/connections/strava/runs")
			.header(HttpHeaders.AUTHORIZATION, TestJwts.bearer("demo"))
			.exchange());
		assertThat(runs).bodyJson().extractingPath("$[?(@.trigger == 'MANUAL')].deleted").asArray().containsExactly(1);
	}

	@Test
	void theWeeklyRoundReconcilesEveryUsableConnection() throws Exception {
		Trigger trigger = this.scheduler.getTrigger(TriggerKey.triggerKey("strava-reconcile", "falcon-fitness"));
		assertThat(trigger).isInstanceOfSatisfying(CronTrigger.class, (cron) -> {
			assertThat(cron.getCronExpression()).isEqualTo("0 0 4 ? * SUN");
			assertThat(cron.getTimeZone().getID()).isEqualTo("UTC");
		});
		stubListing(1, "[" + StravaStubs.summary(101, "2025-06-01T06:00:00Z") + "]");
		stubListing(2, "[]");
		Job job = this.beans.createBean(this.scheduler.getJobDetail(trigger.getJobKey()).getJobClass());
		job.execute(null);
		assertThat(activity(102).get("deleted")).isEqualTo(true);
		assertThat(this.mongo.find(Query.query(Criteria.where("trigger").is("SCHEDULE")), Document.class, "sync_runs"))
			.singleElement()
			.satisfies((run) -> assertThat(run).containsEntry("deleted", 1).containsEntry("status", "SUCCEEDED"));
	}

	@Test
	void reconcilingDeletesNothingWhenAPageFails() {
		List<Document> before = activities();
		stubListing(1, "[" + StravaStubs.summary(101, "2025-06-01T06:00:00Z") + "]");
		strava.stubFor(get(urlPathEqualTo("/api/v3/athlete/activities")).withQueryParam("before", matching("\\d+"))
			.withQueryParam("page", equalTo("2"))
			.atPriority(1)
			.willReturn(aResponse().withStatus(503).withBody("{\"message\":\"Service Unavailable\",\"errors\":[]}")));
		RestTestClientResponse response = reconcile("demo");
		assertThat(response).hasStatus(202);
		assertThat(response).bodyJson().extractingPath("$.status").isEqualTo("FAILED");
		assertThat(response).bodyJson().extractingPath("$.deleted").isEqualTo(0);
		assertThat(activities()).isEqualTo(before);
	}

	@Test
	void reconcilingAnswers409WithoutAConnection() {
		RestTestClientResponse response = reconcile("alex");
		assertThat(response).hasStatus(409);
		assertThat(response).bodyJson()
			.extractingPath("$.type")
			.isEqualTo("https://falcon.health/problems/not-connected");
	}

	@Test
	void reconcilingAnswers401WithoutAToken() {
		assertThat(RestTestClientResponse.from(this.client.post().uri("/api/connections/strava/reconcile").exchange()))
			.hasStatus(401);
	}

	private void stubListing(int page, String body) {
		strava.stubFor(get(urlPathEqualTo("/api/v3/athlete/activities"))
			.withQueryParam("after", equalTo(Long.toString(StravaStubs.BACKFILL_FROM)))
			.withQueryParam("before", matching("\\d+"))
			.withQueryParam("page", equalTo(Integer.toString(page)))
			.atPriority(1)
			.willReturn(okJson(body)));
	}

	private RestTestClientResponse reconcile(String user) {
		return RestTestClientResponse.from(this.client.post()
			.uri("/api/connections/strava/reconcile")
			.header(HttpHeaders.AUTHORIZATION, TestJwts.bearer(user))
			.exchange());
	}

	private RestTestClientResponse event(String body) {
		return RestTestClientResponse.from(this.client.post()
			.uri("/webhooks/strava")
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange());
	}

	private static String activityEvent(long id, String aspect, long owner) {
		return """
				{"object_type":"activity","object_id":%d,"aspect_type":"%s","updates":{},
				 "owner_id":%d,"subscription_id":120475,"event_time":1767229200}
				""".formatted(id, aspect, owner);
	}

	private static String deauthorization(long athlete) {
		return """
				{"object_type":"athlete","object_id":%d,"aspect_type":"update","updates":{"authorized":"false"},
				 "owner_id":%d,"subscription_id":120475,"event_time":1767229200}
				""".formatted(athlete, athlete);
	}

	private void awaitWebhookRuns(int count) {
		await().untilAsserted(() -> assertThat(finishedRuns("WEBHOOK")).isEqualTo(count));
	}

	private long finishedRuns(String trigger) {
		return this.mongo.count(Query.query(Criteria.where("trigger").is(trigger).and("status").ne("RUNNING")),
				"sync_runs");
	}

	private List<Document> activities() {
		return this.mongo.getCollection("activities").find(new Document("userId", "demo")).into(new ArrayList<>());
	}

	private Document activity(long id) {
		Document activity = this.mongo.findById("demo:strava:" + id, Document.class, "activities");
		assertThat(activity).isNotNull();
		return activity;
	}

	private Document connection() {
		Document connection = this.mongo.findById("demo:strava", Document.class, "connections");
		assertThat(connection).isNotNull();
		return connection;
	}

}

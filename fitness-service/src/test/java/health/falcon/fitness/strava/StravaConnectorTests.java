package health.falcon.fitness.strava;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import health.falcon.fitness.activity.ActivityStore;
import health.falcon.fitness.activity.DetailBacklog;
import health.falcon.fitness.config.FitnessProperties;
import health.falcon.ingest.spi.OAuthConventions.ClientAuthentication;
import health.falcon.ingest.spi.OAuthConventions.GrantedScopesSource;
import health.falcon.ingest.spi.SyncTrigger;
import health.falcon.ingest.spi.TokenGrant;
import health.falcon.testsupport.RecordingSyncContext;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The connector against a WireMock Strava with the real response shapes and an in-process
 * MongoDB. The kit's own behaviour (retries, rate budget, 401 handling) is replaced by a
 * plain client here: these tests show what reaches the kit.
 */
class StravaConnectorTests {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);

	private static final long BACKFILL_FROM = CLOCK.instant().minus(Duration.ofDays(365)).getEpochSecond();

	private static final MongoServer mongoServer = new MongoServer(new MemoryBackend());

	private static final MongoClient mongoClient = MongoClients.create(mongoServer.bindAndGetConnectionString());

	private final WireMockServer strava = new WireMockServer(options().dynamicPort());

	private final MongoTemplate mongo = new MongoTemplate(mongoClient, "falcon");

	private StravaConnector connector;

	@BeforeEach
	void start() {
		this.strava.start();
		this.mongo.getDb().drop();
		this.connector = connector(50);
	}

	@AfterEach
	void stop() {
		this.strava.stop();
	}

	@AfterAll
	static void shutdown() {
		mongoClient.close();
		mongoServer.shutdownNow();
	}

	@Test
	void declaresStravasOAuthConventions() {
		assertThat(this.connector.providerId()).isEqualTo("strava");
		assertThat(this.connector.oauthConventions().scopeSeparator()).isEqualTo(",");
		assertThat(this.connector.oauthConventions().pkce()).isFalse();
		assertThat(this.connector.oauthConventions().grantedScopesSource())
			.isEqualTo(GrantedScopesSource.CALLBACK_PARAMETER);
		assertThat(this.connector.oauthConventions().clientAuthentication())
			.isEqualTo(ClientAuthentication.CLIENT_SECRET_POST);
		assertThat(this.connector.oauthConventions().authorizationParameters())
			.containsExactly(Map.entry("approval_prompt", "auto"));
	}

	@Test
	void takesTheAccountIdFromTheAthleteOfTheCodeExchange() {
		assertThat(this.connector.accountId(grant(Map.of("athlete", Map.of("id", 1234567, "resource_state", 2)))))
			.isEqualTo("1234567");
		assertThat(this.connector.accountId(grant(Map.of("athlete", Map.of("id", 12345678901L)))))
			.isEqualTo("12345678901");
		assertThat(this.connector.accountId(grant(Map.of()))).isNull();
	}

	@Test
	void backfillsNewestFirstWithBeforeAndMovesReachedBackPageByPage() {
		long now = CLOCK.instant().getEpochSecond();
		long nov10 = Instant.parse("2026-11-10T07:00:00Z").getEpochSecond();
		long jun1 = Instant.parse("2026-06-01T07:00:00Z").getEpochSecond();
		Instant from = Instant.parse("2026-05-20T00:00:00Z");
		stubBefore(now, StravaJson.page(activity(81, "2026-11-18T07:00:00Z", "Run"),
				activity(82, "2026-11-10T07:00:00Z", "Ride")));
		// the second page starts one second after the oldest start, so that an activity
		// sharing that second is read again rather than skipped
		stubBefore(nov10 + 1, StravaJson.page(activity(82, "2026-11-10T07:00:00Z", "Ride"),
				activity(83, "2026-06-01T07:00:00Z", "Walk")));
		stubBefore(jun1 + 1, StravaJson.page(activity(83, "2026-06-01T07:00:00Z", "Walk"),
				activity(84, "2026-05-01T07:00:00Z", "Run")));
		RecordingSyncContext context = context(SyncTrigger.BACKFILL);
		context.planBackfill(from);
		this.connector.sync(context);
		assertThat(beforeParameters()).containsExactly(Long.toString(now), Long.toString(nov10 + 1),
				Long.toString(jun1 + 1));
		this.strava.verify(0,
				getRequestedFor(urlPathEqualTo("/athlete/activities")).withQueryParam("after", matching(".*")));
		assertThat(context.progress()).containsExactly(Instant.ofEpochSecond(nov10 + 1),
				Instant.ofEpochSecond(jun1 + 1), from);
		assertThat(context.backfill().completed()).isTrue();
		// the cursor of new activities starts at the connection time; the backfill keeps
		// it
		assertThat(context.cursors()).containsEntry("activities", Long.toString(now));
		assertThat(this.mongo.findAll(Document.class, "activities")).extracting((document) -> document.get("_id"))
			.containsExactlyInAnyOrder("demo:strava:81", "demo:strava:82", "demo:strava:83");
	}

	@Test
	void aBackfillThatFailedOnAPageResumesAtReachedAfterReadingNewActivitiesFirst() {
		long now = CLOCK.instant().getEpochSecond();
		long nov10 = Instant.parse("2026-11-10T07:00:00Z").getEpochSecond();
		Instant from = Instant.parse("2026-05-20T00:00:00Z");
		stubBefore(now, StravaJson.page(activity(91, "2026-11-10T07:00:00Z", "Run")));
		this.strava.stubFor(
				get(urlPathEqualTo("/athlete/activities")).withQueryParam("before", equalTo(Long.toString(nov10 + 1)))
					.willReturn(aResponse().withStatus(503)));
		RecordingSyncContext crashed = context(SyncTrigger.BACKFILL);
		crashed.planBackfill(from);
		assertThatExceptionOfType(HttpServerErrorException.class).isThrownBy(() -> this.connector.sync(crashed));
		assertThat(crashed.progress()).containsExactly(Instant.ofEpochSecond(nov10 + 1));
		this.strava.resetRequests();
		stubBefore(nov10 + 1, "[]");
		long after = now - Duration.ofHours(48).toSeconds();
		stubPage(after, 1, "[]");
		RecordingSyncContext resumed = context(SyncTrigger.SCHEDULE);
		resumed.cursors().putAll(crashed.cursors());
		resumed.backfill(crashed.backfill());
		this.connector.sync(resumed);
		List<String> order = this.strava.getAllServeEvents()
			.stream()
			.sorted(Comparator.comparing((event) -> event.getRequest().getLoggedDate()))
			.map((event) -> event.getRequest().getUrl())
			.filter((url) -> url.startsWith("/athlete/activities"))
			.toList();
		assertThat(order).hasSize(2);
		assertThat(order.get(0)).contains("after=" + after);
		assertThat(order.get(1)).contains("before=" + (nov10 + 1)).doesNotContain("after=");
		assertThat(resumed.progress()).containsExactly(from);
	}

	@Test
	void readsForwardFromTheHorizonWithoutANewestFirstBackfill() {
		stubPage(BACKFILL_FROM, 1, StravaJson.page(activity(11, "2026-01-05T07:00:00Z", "Run"),
				activity(12, "2026-01-06T07:00:00Z", "Ride")));
		stubPage(BACKFILL_FROM, 2, StravaJson.page(activity(13, "2026-02-01T07:00:00Z", "Walk")));
		stubPage(BACKFILL_FROM, 3, "[]");
		RecordingSyncContext context = context(SyncTrigger.BACKFILL);
		this.connector.sync(context);
		long jan6 = Instant.parse("2026-01-06T07:00:00Z").getEpochSecond();
		long feb1 = Instant.parse("2026-02-01T07:00:00Z").getEpochSecond();
		assertThat(context.advances()).containsExactly("activities=" + jan6 + "+2", "activities=" + feb1 + "+1");
		assertThat(context.archived()).containsExactly("athlete-activities-page", "athlete-activities-page", "activity",
				"activity", "activity");
		assertThat(context.progress()).isEmpty();
		assertThat(context.quarantined()).isEmpty();
		this.strava.verify(3,
				getRequestedFor(urlPathEqualTo("/athlete/activities")).withQueryParam("per_page", equalTo("200"))
					.withQueryParam("after", equalTo(Long.toString(BACKFILL_FROM))));
		assertThat(this.mongo.findAll(Document.class, "activities")).hasSize(3)
			.allSatisfy((document) -> assertThat(document.get("energyKcal")).isEqualTo(640.0));
		Document run = this.mongo.findById("demo:strava:11", Document.class, "activities");
		assertThat(run).isNotNull();
		assertThat(run.getString("sportType")).isEqualTo("RUN");
		assertThat(run.get("time", Document.class).getString("localDate")).isEqualTo("2026-01-05");
		assertThat(run.get("time", Document.class).getString("offset")).isEqualTo("+01:00");
		assertThat(run.get("source", Document.class).getString("sourceId")).isEqualTo("11");
		assertThat(run.getBoolean("deleted")).isFalse();
		assertThat(this.mongo.findAll(Document.class, "activity_detail_backlog")).isEmpty();
	}

	@Test
	void resumesAnOverlapBeforeTheCursorAndWritesNothingUnchanged() {
		long cursor = Instant.parse("2026-11-01T07:00:00Z").getEpochSecond();
		long after = cursor - Duration.ofHours(48).toSeconds();
		String page = StravaJson.page(activity(21, "2026-10-31T07:00:00Z", "Run"),
				activity(22, "2026-11-01T07:00:00Z", "Run"));
		stubPage(after, 1, page);
		stubPage(after, 2, "[]");
		RecordingSyncContext first = context(SyncTrigger.SCHEDULE);
		first.cursors().put("activities", Long.toString(cursor));
		this.connector.sync(first);
		assertThat(first.written()).isEqualTo(4);
		assertThat(first.progress()).isEmpty();
		RecordingSyncContext second = context(SyncTrigger.SCHEDULE);
		second.cursors().put("activities", Long.toString(cursor));
		this.connector.sync(second);
		assertThat(second.written()).isZero();
		assertThat(second.advances()).containsExactly("activities=" + cursor + "+0");
		this.strava.verify(2, getRequestedFor(urlPathMatching("/activities/.*")));
	}

	@Test
	void quarantinesAMalformedActivityAndStoresTheRest() {
		String broken = activity(32, "2026-03-01T07:00:00Z", "Run").replace("\"2026-03-01T07:00:00Z\"",
				"\"not a date\"");
		String unreadable = activity(33, "2026-03-01T08:00:00Z", "Run").replace("10012.4", "\"far\"");
		stubPage(BACKFILL_FROM, 1, StravaJson.page(activity(31, "2026-03-01T06:00:00Z", "Run"), broken, unreadable,
				activity(34, "2026-03-01T09:00:00Z", "Run")));
		stubPage(BACKFILL_FROM, 2, "[]");
		RecordingSyncContext context = context(SyncTrigger.BACKFILL);
		this.connector.sync(context);
		assertThat(context.quarantined()).containsExactly("32: unreadable start_date",
				"33: unreadable activity fields");
		assertThat(this.mongo.findAll(Document.class, "activities")).extracting((document) -> document.get("_id"))
			.containsExactlyInAnyOrder("demo:strava:31", "demo:strava:34");
	}

	@Test
	void fetchesDetailsBoundedPerRunAndKeepsTheRestForLater() {
		this.connector = connector(2);
		stubPage(BACKFILL_FROM, 1, StravaJson.page(activity(41, "2026-04-01T06:00:00Z", "Run"),
				activity(42, "2026-04-02T06:00:00Z", "Run"), activity(43, "2026-04-03T06:00:00Z", "Run")));
		stubPage(BACKFILL_FROM, 2, "[]");
		this.connector.sync(context(SyncTrigger.BACKFILL));
		this.strava.verify(2, getRequestedFor(urlPathMatching("/activities/.*")));
		assertThat(this.mongo.findAll(Document.class, "activity_detail_backlog")).hasSize(1);
		RecordingSyncContext next = context(SyncTrigger.SCHEDULE);
		next.cursors().put("activities", "1775196000");
		stubPage(1775196000L - Duration.ofHours(48).toSeconds(), 1, "[]");
		this.connector.sync(next);
		this.strava.verify(3, getRequestedFor(urlPathMatching("/activities/.*")));
		assertThat(this.mongo.findAll(Document.class, "activity_detail_backlog")).isEmpty();
		assertThat(this.mongo.findAll(Document.class, "activities"))
			.allSatisfy((document) -> assertThat(document.get("energyKcal")).isEqualTo(640.0));
	}

	@Test
	void softDeletesAnActivityWhoseDetailsAreGone() {
		stubPage(BACKFILL_FROM, 1, StravaJson.page(activity(51, "2026-05-01T06:00:00Z", "Run")));
		stubPage(BACKFILL_FROM, 2, "[]");
		this.strava.stubFor(get("/activities/51").willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withBody(StravaJson.fault("Record Not Found"))));
		this.connector.sync(context(SyncTrigger.BACKFILL));
		Document activity = this.mongo.findById("demo:strava:51", Document.class, "activities");
		assertThat(activity).isNotNull();
		assertThat(activity.getBoolean("deleted")).isTrue();
		assertThat(this.mongo.findAll(Document.class, "activity_detail_backlog")).isEmpty();
	}

	@Test
	void failsOnAServerErrorKeepingTheCursorOfTheLastWrittenPage() {
		stubPage(BACKFILL_FROM, 1, StravaJson.page(activity(61, "2026-06-01T06:00:00Z", "Run")));
		this.strava.stubFor(get(urlPathEqualTo("/athlete/activities")).withQueryParam("page", equalTo("2"))
			.willReturn(aResponse().withStatus(503)));
		RecordingSyncContext context = context(SyncTrigger.BACKFILL);
		assertThatExceptionOfType(HttpServerErrorException.class).isThrownBy(() -> this.connector.sync(context));
		assertThat(context.cursors()).containsEntry("activities",
				Long.toString(Instant.parse("2026-06-01T06:00:00Z").getEpochSecond()));
	}

	@Test
	void passesAnUnauthorizedAnswerToTheKit() {
		this.strava.stubFor(get(urlPathEqualTo("/athlete/activities")).willReturn(aResponse().withStatus(401)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"message\":\"Authorization Error\",\"errors\":[{\"resource\":\"AccessToken\","
					+ "\"field\":\"activity:read_permission\",\"code\":\"missing\"}]}")));
		RecordingSyncContext context = context(SyncTrigger.SCHEDULE);
		assertThatExceptionOfType(HttpClientErrorException.Unauthorized.class)
			.isThrownBy(() -> this.connector.sync(context));
		assertThat(context.advances()).isEmpty();
	}

	@Test
	void deauthorizesAtTheOAuthHost() {
		this.strava.stubFor(post("/oauth/deauthorize").willReturn(okJson("{\"access_token\":\"a-9f8e7d\"}")));
		this.connector.revoke(context(SyncTrigger.MANUAL));
		this.strava.verify(postRequestedFor(urlPathEqualTo("/oauth/deauthorize")).withHeader("Authorization",
				equalTo("Bearer test-token")));
	}

	@Test
	void purgesOnlyThatUsersStravaActivities() {
		stubPage(BACKFILL_FROM, 1, StravaJson.page(activity(71, "2026-07-01T06:00:00Z", "Run")));
		stubPage(BACKFILL_FROM, 2, "[]");
		this.connector = connector(0);
		this.connector.sync(context(SyncTrigger.BACKFILL));
		this.mongo.getCollection("activities")
			.insertOne(new Document("_id", "alex:strava:9").append("userId", "alex")
				.append("source", new Document("provider", "strava").append("sourceId", "9")));
		assertThat(this.connector.purge("demo")).isEqualTo(1);
		assertThat(this.mongo.findAll(Document.class, "activities")).extracting((document) -> document.get("_id"))
			.containsExactly("alex:strava:9");
		assertThat(this.mongo.findAll(Document.class, "activity_detail_backlog")).isEmpty();
	}

	private StravaConnector connector(int detailFetches) {
		FitnessProperties properties = new FitnessProperties(detailFetches,
				new FitnessProperties.Strava(URI.create(this.strava.baseUrl() + "/oauth/deauthorize"), 200, 100,
						Duration.ofHours(48),
						new FitnessProperties.Webhook("verify", null, 1000, Duration.ofMinutes(1)),
						new FitnessProperties.Reconcile("0 0 4 ? * SUN", true)));
		ActivityStore store = new ActivityStore(this.mongo, CLOCK);
		DetailBacklog backlog = new DetailBacklog(this.mongo, CLOCK);
		ActivityReader reader = new ActivityReader(JsonMapper.builder().build());
		ActivityDetails details = new ActivityDetails(reader, store, backlog, properties);
		return new StravaConnector(new StravaClients(), new ActivitySync(reader, store, backlog, details, properties),
				store, backlog, properties);
	}

	private RecordingSyncContext context(SyncTrigger trigger) {
		return new RecordingSyncContext("demo", trigger, this.strava.baseUrl(), CLOCK, "1234567");
	}

	private void stubPage(long after, int page, String body) {
		this.strava
			.stubFor(get(urlPathEqualTo("/athlete/activities")).withQueryParam("after", equalTo(Long.toString(after)))
				.withQueryParam("page", equalTo(Integer.toString(page)))
				.withQueryParam("per_page", equalTo("200"))
				.willReturn(okJson(body).withHeader("X-RateLimit-Limit", "200,2000")
					.withHeader("X-RateLimit-Usage", "10,100")
					.withHeader("X-ReadRateLimit-Limit", "100,1000")
					.withHeader("X-ReadRateLimit-Usage", "10,100")));
	}

	private void stubBefore(long before, String body) {
		this.strava
			.stubFor(get(urlPathEqualTo("/athlete/activities")).withQueryParam("before", equalTo(Long.toString(before)))
				.withQueryParam("page", equalTo("1"))
				.withQueryParam("per_page", equalTo("200"))
				.willReturn(okJson(body)));
	}

	private List<String> beforeParameters() {
		return this.strava.getAllServeEvents()
			.stream()
			.sorted(Comparator.comparing((event) -> event.getRequest().getLoggedDate()))
			.map((event) -> event.getRequest())
			.filter((request) -> request.getUrl().startsWith("/athlete/activities"))
			.map((request) -> request.queryParameter("before").firstValue())
			.toList();
	}

	private String activity(long id, String startUtc, String sportType) {
		this.strava
			.stubFor(get("/activities/" + id).willReturn(okJson(StravaJson.detailed(id, startUtc, sportType, 640.0))));
		return StravaJson.summary(id, startUtc, sportType);
	}

	private static TokenGrant grant(Map<String, Object> additional) {
		return new TokenGrant("a-9f8e7d", "r-0a1b2c", Instant.parse("2026-11-20T16:00:00Z"), Set.of(), additional);
	}

}

package health.falcon.fitness.strava;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import health.falcon.fitness.activity.ActivityStore;
import health.falcon.fitness.activity.DetailBacklog;
import health.falcon.fitness.config.FitnessProperties;
import health.falcon.ingest.spi.SyncTrigger;
import health.falcon.testsupport.RecordingSyncContext;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.web.client.HttpServerErrorException;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The reconciliation against a WireMock Strava listing (the real SummaryActivity shape)
 * and an in-process MongoDB holding the stored activities.
 */
class StravaReconciliationTests {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);

	private static final long AFTER = CLOCK.instant().minus(Duration.ofDays(365)).getEpochSecond();

	private static final long BEFORE = CLOCK.instant().getEpochSecond();

	private static final MongoServer mongoServer = new MongoServer(new MemoryBackend());

	private static final MongoClient mongoClient = MongoClients.create(mongoServer.bindAndGetConnectionString());

	private final WireMockServer strava = new WireMockServer(options().dynamicPort());

	private final MongoTemplate mongo = new MongoTemplate(mongoClient, "falcon");

	private RecordingSyncContext context;

	@BeforeEach
	void start() {
		this.strava.start();
		this.mongo.getDb().drop();
		this.context = new RecordingSyncContext("demo", SyncTrigger.SCHEDULE, this.strava.baseUrl(), CLOCK, "1234567");
		store("demo", 11, "2026-01-05T07:00:00Z", false);
		store("demo", 12, "2026-01-06T07:00:00Z", false);
		store("demo", 13, "2026-02-01T07:00:00Z", false);
		store("demo", 14, "2026-03-01T07:00:00Z", false);
		store("demo", 15, "2026-03-02T07:00:00Z", true);
		store("demo", 5, "2024-06-01T07:00:00Z", false);
		store("alex", 12, "2026-01-06T07:00:00Z", false);
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
	void softDeletesExactlyTheStoredActivitiesStravaNoLongerListsAndCountsThem() {
		stubPage(1, StravaJson.page(summary(11, "2026-01-05T07:00:00Z"), summary(13, "2026-02-01T07:00:00Z")));
		stubPage(2, StravaJson.page(summary(14, "2026-03-01T07:00:00Z"), summary(99, "2026-11-19T07:00:00Z")));
		stubPage(3, "[]");
		assertThat(reconciliation(100).reconcile(this.context)).isEqualTo(1);
		assertThat(this.context.deleted()).isEqualTo(1);
		assertThat(deleted()).containsExactlyInAnyOrder("demo:strava:12", "demo:strava:15");
		assertThat(this.mongo.findById("demo:strava:99", Document.class, "activities")).isNull();
	}

	@Test
	void deletesNothingWhenAPageFails() {
		stubPage(1, StravaJson.page(summary(11, "2026-01-05T07:00:00Z")));
		this.strava.stubFor(get(urlPathEqualTo("/athlete/activities")).withQueryParam("page", equalTo("2"))
			.willReturn(aResponse().withStatus(500).withBody(StravaJson.fault("Internal Server Error"))));
		assertThatExceptionOfType(HttpServerErrorException.class)
			.isThrownBy(() -> reconciliation(100).reconcile(this.context));
		assertThat(deleted()).containsExactly("demo:strava:15");
		assertThat(this.context.deleted()).isZero();
	}

	@Test
	void deletesNothingWhenTheListingDoesNotEndWithinThePageLimit() {
		stubPage(1, StravaJson.page(summary(11, "2026-01-05T07:00:00Z")));
		stubPage(2, StravaJson.page(summary(13, "2026-02-01T07:00:00Z")));
		assertThatExceptionOfType(StravaReconciliation.IncompleteListingException.class)
			.isThrownBy(() -> reconciliation(2).reconcile(this.context));
		assertThat(deleted()).containsExactly("demo:strava:15");
	}

	@Test
	void deletesNothingWhenAListedActivityHasNoId() {
		stubPage(1, StravaJson.page(summary(11, "2026-01-05T07:00:00Z"), "{\"name\":\"no id\"}"));
		stubPage(2, "[]");
		assertThatExceptionOfType(StravaReconciliation.IncompleteListingException.class)
			.isThrownBy(() -> reconciliation(100).reconcile(this.context));
		assertThat(deleted()).containsExactly("demo:strava:15");
	}

	@Test
	void deletesNothingWhenAPageIsNotAList() {
		stubPage(1, StravaJson.fault("Record Not Found"));
		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> reconciliation(100).reconcile(this.context));
		assertThat(deleted()).containsExactly("demo:strava:15");
	}

	private StravaReconciliation reconciliation(int maxPages) {
		FitnessProperties properties = new FitnessProperties(0,
				new FitnessProperties.Strava(URI.create(this.strava.baseUrl() + "/oauth/deauthorize"), 200, maxPages,
						Duration.ofHours(48), new FitnessProperties.Webhook(null, null, 1000, Duration.ofMinutes(1)),
						new FitnessProperties.Reconcile("0 0 4 ? * SUN", true)));
		return new StravaReconciliation(new StravaClients(), new ActivityReader(JsonMapper.builder().build()),
				new ActivityStore(this.mongo, CLOCK), new DetailBacklog(this.mongo, CLOCK), properties);
	}

	private void stubPage(int page, String body) {
		this.strava
			.stubFor(get(urlPathEqualTo("/athlete/activities")).withQueryParam("after", equalTo(Long.toString(AFTER)))
				.withQueryParam("before", equalTo(Long.toString(BEFORE)))
				.withQueryParam("page", equalTo(Integer.toString(page)))
				.withQueryParam("per_page", equalTo("200"))
				.willReturn(okJson(body).withHeader("X-RateLimit-Limit", "200,2000")
					.withHeader("X-RateLimit-Usage", "10,100")
					.withHeader("X-ReadRateLimit-Limit", "100,1000")
					.withHeader("X-ReadRateLimit-Usage", "10,100")));
	}

	private static String summary(long id, String start) {
		return StravaJson.summary(id, start, "Run");
	}

	private void store(String userId, long id, String start, boolean deleted) {
		this.mongo.getCollection("activities")
			.insertOne(new Document("_id", userId + ":strava:" + id).append("userId", userId)
				.append("source", new Document("provider", "strava").append("sourceId", Long.toString(id)))
				.append("time", new Document("instant", Date.from(Instant.parse(start))))
				.append("deleted", deleted));
	}

	private List<String> deleted() {
		return this.mongo.find(Query.query(Criteria.where("deleted").is(true)), Document.class, "activities")
			.stream()
			.map((document) -> document.getString("_id"))
			.toList();
	}

}

package health.falcon.fitbit.googlehealth;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import health.falcon.fitbit.config.FitbitProperties;
import health.falcon.fitbit.daily.DailyActivity;
import health.falcon.fitbit.heartrate.HeartRateSample;
import health.falcon.fitbit.profile.FitbitProfile;
import health.falcon.fitbit.profile.FitbitProfileStore;
import health.falcon.ingest.spi.BackfillState;
import health.falcon.ingest.spi.OAuthConventions;
import health.falcon.ingest.spi.OAuthConventions.ClientAuthentication;
import health.falcon.ingest.spi.OAuthConventions.GrantedScopesSource;
import health.falcon.ingest.spi.SyncTrigger;
import health.falcon.ingest.spi.TokenGrant;
import health.falcon.testsupport.RecordingSyncContext;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * The connector against a WireMock Google Health with the v4 shapes and an in-process
 * MongoDB for profiles; the data stores are recording fakes. The kit's own behaviour
 * (retries, rate budget, 401 handling) is replaced by a plain client: these tests show
 * what reaches the kit. Revocation goes to a WireMock {@code /revoke} with Google's
 * answers.
 */
@ExtendWith(OutputCaptureExtension.class)
class GoogleHealthConnectorTests {

	private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

	private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

	private static final String DATA_POINTS = "/v4/users/me/dataTypes/%s/dataPoints";

	private static final MongoServer mongoServer = new MongoServer(new MemoryBackend());

	private static final MongoClient mongoClient = MongoClients.create(mongoServer.bindAndGetConnectionString());

	private final WireMockServer google = new WireMockServer(options().dynamicPort());

	private final MongoTemplate mongo = new MongoTemplate(mongoClient, "falcon");

	private RecordingStores stores;

	private FitbitProfileStore profiles;

	private GoogleHealthConnector connector;

	private TargetedRefetch refetch;

	@BeforeEach
	void start() {
		this.google.start();
		this.mongo.getDb().drop();
		this.stores = new RecordingStores();
		this.profiles = new FitbitProfileStore(this.mongo);
		FitbitProperties properties = new FitbitProperties(
				new FitbitProperties.GoogleHealth(10000, 25, Duration.ofDays(1), Duration.ofHours(6), 7, 2, 400,
						Duration.ofHours(24), URI.create(this.google.baseUrl() + "/revoke")),
				new FitbitProperties.Notifications(null, null));
		DataPointPages pages = new DataPointPages(JsonMapper.builder().build());
		ProfileSync profileSync = new ProfileSync(this.profiles, pages, properties);
		GoogleHealthConnector.Streams streams = new GoogleHealthConnector.Streams(
				new HeartRateSync(pages, this.stores.heartRate, properties),
				new RestingHeartRateSync(pages, this.stores.heartRate, properties),
				new SleepSync(pages, this.stores.sleepStore, properties),
				new DailyActivitySync(pages, this.stores.dailyStore, properties));
		this.connector = new GoogleHealthConnector(new GoogleHealthClients(), profileSync, streams,
				new GoogleHealthConnector.Stores(this.stores.sleepStore, this.stores.dailyStore, this.stores.heartRate,
						this.profiles),
				new TokenRevocation(new GoogleHealthClients(), properties), new HistoryBackfill(streams, properties));
		this.refetch = new TargetedRefetch(new GoogleHealthClients(), profileSync, streams);
		stubDefaults();
	}

	@AfterEach
	void stop() {
		this.google.stop();
	}

	@AfterAll
	static void stopMongo() {
		mongoClient.close();
		mongoServer.shutdownNow();
	}

	@Test
	void speaksGoogleOAuth() {
		OAuthConventions conventions = this.connector.oauthConventions();
		assertThat(conventions.scopeSeparator()).isEqualTo(" ");
		assertThat(conventions.pkce()).isTrue();
		assertThat(conventions.grantedScopesSource()).isEqualTo(GrantedScopesSource.TOKEN_RESPONSE);
		assertThat(conventions.clientAuthentication()).isEqualTo(ClientAuthentication.CLIENT_SECRET_POST);
		assertThat(conventions.authorizationParameters()).containsEntry("access_type", "offline")
			.containsEntry("prompt", "consent");
		assertThat(this.connector.providerId()).isEqualTo("fitbit");
		assertThat(this.connector.accountId(new TokenGrant("ya29.a0Af", "1//0gAb", NOW.plusSeconds(3599),
				Set.of("https://www.googleapis.com/auth/googlehealth.sleep.readonly"), Map.of("token_type", "Bearer"))))
			.isNull();
	}

	@Test
	void backfillsEveryStreamNewestFirstAndRecordsTheIdentityAndTimeZone() {
		stubHeartRateBackfill();
		stubList("daily-resting-heart-rate", ">= \"2026-11-18\"", null,
				GoogleHealthJson.page(null, GoogleHealthJson.resting(LocalDate.parse("2026-11-19"), "58")));
		stubList("sleep", ">= \"2026-11-17T23:00:00Z\"", null, GoogleHealthJson.page("",
				GoogleHealthJson.sleep("s1", "2026-11-18T22:40:00Z", "2026-11-19T06:10:30Z", 3600, "STAGES")));
		stubDailyChunk();
		RecordingSyncContext context = context(SyncTrigger.BACKFILL);
		context.planBackfill(NOW.minus(Duration.ofDays(2)));
		this.connector.sync(context);

		assertThat(this.profiles.find("demo")).get()
			.isEqualTo(new FitbitProfile("demo", "1234567890", "A1B2C3", "Europe/Berlin", NOW));
		// heart rate in one-day slices, the newest first: now back to the start of the
		// horizon's local day (midnight in Berlin)
		assertThat(filters("heart-rate")).containsExactly(
				"heart_rate.sample_time.physical_time >= \"2026-11-19T10:00:00Z\" AND heart_rate.sample_time.physical_time < \"2026-11-20T10:00:00Z\"",
				"heart_rate.sample_time.physical_time >= \"2026-11-18T10:00:00Z\" AND heart_rate.sample_time.physical_time < \"2026-11-19T10:00:00Z\"",
				"heart_rate.sample_time.physical_time >= \"2026-11-17T23:00:00Z\" AND heart_rate.sample_time.physical_time < \"2026-11-18T10:00:00Z\"");
		assertThat(this.stores.samples()).extracting(HeartRateSample::bpm).containsExactly(70, 66, 64, 61);
		assertThat(this.stores.resting).containsEntry(LocalDate.parse("2026-11-19"), 58);
		assertThat(this.stores.sleep).singleElement()
			.satisfies((session) -> assertThat(session.dateOfSleep()).isEqualTo(LocalDate.parse("2026-11-19")));
		assertThat(this.stores.daily).containsEntry(LocalDate.parse("2026-11-19"),
				new DailyActivity(LocalDate.parse("2026-11-19"), 242L, 87.3, 3.1, 2456.7));
		// the cursors of new data start at the connection time; the backfill moved none
		assertThat(context.cursors()).containsEntry("heart-rate", NOW.toString())
			.containsEntry("daily-resting-heart-rate", "2026-11-20")
			.containsEntry("sleep", NOW.toString())
			.containsEntry("daily", "2026-11-20");
		assertThat(context.progress()).containsExactly(Instant.parse("2026-11-17T23:00:00Z"));
		assertThat(context.backfill().completed()).isTrue();
		assertThat(context.written()).isPositive();
		this.google.verify(postRequestedFor(urlPathEqualTo(DATA_POINTS.formatted("total-calories") + ":dailyRollUp"))
			.withRequestBody(equalToJson("""
					{"range":{"start":{"date":{"year":2026,"month":11,"day":18}},
					          "end":{"date":{"year":2026,"month":11,"day":21}}},
					 "windowSizeDays":1}""")));
	}

	@Test
	void readsTheNewestWindowFirstForEveryStreamAndRecordsReachedAfterEach() {
		RecordingSyncContext context = context(SyncTrigger.BACKFILL);
		context.planBackfill(NOW.minus(Duration.ofDays(20)));
		this.connector.sync(context);
		assertThat(filters("steps")).containsExactly(days("steps", "2026-11-14", "2026-11-21"),
				days("steps", "2026-11-07", "2026-11-14"), days("steps", "2026-10-31", "2026-11-07"));
		assertThat(filters("daily-resting-heart-rate")).containsExactly(resting("2026-11-14", "2026-11-21"),
				resting("2026-11-07", "2026-11-14"), resting("2026-10-31", "2026-11-07"));
		assertThat(filters("sleep")).containsExactly(
				"sleep.interval.end_time >= \"2026-11-13T23:00:00Z\" AND sleep.interval.end_time < \"2026-11-20T10:00:00Z\"",
				"sleep.interval.end_time >= \"2026-11-06T23:00:00Z\" AND sleep.interval.end_time < \"2026-11-13T23:00:00Z\"",
				"sleep.interval.end_time >= \"2026-10-30T23:00:00Z\" AND sleep.interval.end_time < \"2026-11-06T23:00:00Z\"");
		assertThat(context.progress()).containsExactly(Instant.parse("2026-11-13T23:00:00Z"),
				Instant.parse("2026-11-06T23:00:00Z"), Instant.parse("2026-10-30T23:00:00Z"));
		assertThat(context.backfill().completed()).isTrue();
	}

	@Test
	void aBackfillThatFailedMidWindowResumesAtThatWindowWithoutRepeatingTheStoredOne() {
		this.google.stubFor(get(urlPathEqualTo(DATA_POINTS.formatted("steps"))).atPriority(1)
			.withQueryParam("filter", containing(">= \"2026-11-07\""))
			.willReturn(aResponse().withStatus(500)));
		RecordingSyncContext crashed = context(SyncTrigger.BACKFILL);
		crashed.planBackfill(NOW.minus(Duration.ofDays(20)));
		assertThatExceptionOfType(HttpServerErrorException.class).isThrownBy(() -> this.connector.sync(crashed));
		assertThat(crashed.progress()).containsExactly(Instant.parse("2026-11-13T23:00:00Z"));
		this.google.resetRequests();
		this.google.removeStub(get(urlPathEqualTo(DATA_POINTS.formatted("steps"))).atPriority(1)
			.withQueryParam("filter", containing(">= \"2026-11-07\"")));
		RecordingSyncContext resumed = context(SyncTrigger.BACKFILL);
		resumed.cursors().putAll(crashed.cursors());
		resumed.backfill(crashed.backfill());
		this.connector.sync(resumed);
		assertThat(filters("steps")).containsExactly(days("steps", "2026-11-19", "2026-11-21"),
				days("steps", "2026-11-07", "2026-11-14"), days("steps", "2026-10-31", "2026-11-07"));
		assertThat(resumed.progress()).containsExactly(Instant.parse("2026-11-06T23:00:00Z"),
				Instant.parse("2026-10-30T23:00:00Z"));
	}

	@Test
	void keepsWholeBerlinDaysAcrossTheAutumnChange() {
		RecordingSyncContext context = context(SyncTrigger.BACKFILL, Instant.parse("2026-10-27T10:00:00Z"));
		context.planBackfill(Instant.parse("2026-10-20T12:00:00Z"));
		this.connector.sync(context);
		assertThat(filters("steps")).containsExactly(days("steps", "2026-10-21", "2026-10-28"),
				days("steps", "2026-10-20", "2026-10-21"));
		// the window holds the 25-hour 25 October: from midnight CEST to now (CET)
		assertThat(filters("sleep")).first()
			.isEqualTo(
					"sleep.interval.end_time >= \"2026-10-20T22:00:00Z\" AND sleep.interval.end_time < \"2026-10-27T10:00:00Z\"");
		assertThat(context.progress()).containsExactly(Instant.parse("2026-10-20T22:00:00Z"),
				Instant.parse("2026-10-19T22:00:00Z"));
	}

	@Test
	void keepsWholeBerlinDaysAcrossTheSpringChange() {
		RecordingSyncContext context = context(SyncTrigger.BACKFILL, Instant.parse("2026-04-02T10:00:00Z"));
		context.planBackfill(Instant.parse("2026-03-20T12:00:00Z"));
		this.connector.sync(context);
		assertThat(filters("steps")).containsExactly(days("steps", "2026-03-27", "2026-04-03"),
				days("steps", "2026-03-20", "2026-03-27"));
		// the first window holds the 23-hour 29 March: from midnight CET to now (CEST)
		assertThat(filters("sleep")).containsExactly(
				"sleep.interval.end_time >= \"2026-03-26T23:00:00Z\" AND sleep.interval.end_time < \"2026-04-02T10:00:00Z\"",
				"sleep.interval.end_time >= \"2026-03-19T23:00:00Z\" AND sleep.interval.end_time < \"2026-03-26T23:00:00Z\"");
		assertThat(context.progress()).containsExactly(Instant.parse("2026-03-26T23:00:00Z"),
				Instant.parse("2026-03-19T23:00:00Z"));
	}

	@Test
	void readsNewDataFromTheCursorsBeforeTheBackfillGoesOn() {
		this.profiles.save(new FitbitProfile("demo", "1234567890", null, "Europe/Berlin", NOW));
		RecordingSyncContext context = context(SyncTrigger.SCHEDULE);
		context.cursors()
			.putAll(Map.of("heart-rate", NOW.minus(Duration.ofHours(1)).toString(), "daily-resting-heart-rate",
					"2026-11-20", "sleep", NOW.toString(), "daily", "2026-11-20"));
		context
			.backfill(new BackfillState(NOW.minus(Duration.ofDays(20)), Instant.parse("2026-11-13T23:00:00Z"), false));
		this.connector.sync(context);
		// the settle window of new data first, then the next backfill window
		assertThat(filters("steps")).containsExactly(days("steps", "2026-11-19", "2026-11-21"),
				days("steps", "2026-11-07", "2026-11-14"), days("steps", "2026-10-31", "2026-11-07"));
		assertThat(context.cursors()).containsEntry("heart-rate", NOW.toString()).containsEntry("daily", "2026-11-20");
	}

	@Test
	void readsEveryStreamFromTheHorizonForwardWithoutANewestFirstBackfill() {
		stubHeartRateBackfill();
		stubList("daily-resting-heart-rate", ">= \"2026-11-18\"", null,
				GoogleHealthJson.page(null, GoogleHealthJson.resting(LocalDate.parse("2026-11-19"), "58")));
		stubList("sleep", ">= \"2026-11-18T10:00:00Z\"", null, GoogleHealthJson.page("",
				GoogleHealthJson.sleep("s1", "2026-11-18T22:40:00Z", "2026-11-19T06:10:30Z", 3600, "STAGES")));
		stubDailyChunk();
		RecordingSyncContext context = context(SyncTrigger.BACKFILL);
		context.backfillFrom(NOW.minus(Duration.ofDays(2)));
		this.connector.sync(context);

		assertThat(this.profiles.find("demo")).get()
			.isEqualTo(new FitbitProfile("demo", "1234567890", "A1B2C3", "Europe/Berlin", NOW));
		assertThat(this.stores.heartRatePages).hasSize(3);
		assertThat(this.stores.samples()).extracting(HeartRateSample::bpm).containsExactly(66, 64, 61, 70);
		assertThat(this.stores.samples().get(0).offset()).isEqualTo(ZoneOffset.ofHours(1));
		assertThat(this.stores.resting).containsEntry(LocalDate.parse("2026-11-19"), 58);
		assertThat(this.stores.sleep).singleElement()
			.satisfies((session) -> assertThat(session.dateOfSleep()).isEqualTo(LocalDate.parse("2026-11-19")));
		assertThat(this.stores.daily).containsEntry(LocalDate.parse("2026-11-19"),
				new DailyActivity(LocalDate.parse("2026-11-19"), 242L, 87.3, 3.1, 2456.7));
		assertThat(context.cursors()).containsEntry("heart-rate", NOW.toString())
			.containsEntry("daily-resting-heart-rate", "2026-11-20")
			.containsEntry("sleep", NOW.toString())
			.containsEntry("daily", "2026-11-20");
		assertThat(context.progress()).isEmpty();
		assertThat(context.archived()).contains("heart-rate-page", "sleep-page", "total-calories-rollup");
		this.google.verify(postRequestedFor(urlPathEqualTo(DATA_POINTS.formatted("total-calories") + ":dailyRollUp"))
			.withRequestBody(equalToJson("""
					{"range":{"start":{"date":{"year":2026,"month":11,"day":18}},
					          "end":{"date":{"year":2026,"month":11,"day":21}}},
					 "windowSizeDays":1}""")));
		this.google.verify(getRequestedFor(urlPathEqualTo(DATA_POINTS.formatted("sleep"))).withQueryParam("pageSize",
				equalTo("25")));
	}

	@Test
	void readsTheSettleWindowOfTwoLocalDaysAgainOnEveryRun() {
		this.profiles.save(new FitbitProfile("demo", "1234567890", null, "Europe/Berlin", NOW));
		RecordingSyncContext context = context(SyncTrigger.SCHEDULE);
		context.cursors()
			.putAll(Map.of("heart-rate", NOW.toString(), "daily-resting-heart-rate", "2026-11-20", "sleep",
					NOW.toString(), "daily", "2026-11-20"));
		this.connector.sync(context);
		for (String type : List.of("steps", "distance", "active_energy_burned")) {
			String dataType = type.replace('_', '-');
			this.google.verify(getRequestedFor(urlPathEqualTo(DATA_POINTS.formatted(dataType))).withQueryParam("filter",
					equalTo(type + ".interval.civil_start_time >= \"2026-11-19\" AND " + type
							+ ".interval.civil_start_time < \"2026-11-21\"")));
		}
		this.google.verify(getRequestedFor(urlPathEqualTo(DATA_POINTS.formatted("daily-resting-heart-rate")))
			.withQueryParam("filter", containing(">= \"2026-11-19\"")));
		this.google.verify(getRequestedFor(urlPathEqualTo(DATA_POINTS.formatted("sleep"))).withQueryParam("filter",
				containing("sleep.interval.end_time >= \"2026-11-18T23:00:00Z\"")));
		this.google.verify(getRequestedFor(urlPathEqualTo(DATA_POINTS.formatted("heart-rate"))).withQueryParam("filter",
				containing(">= \"2026-11-20T04:00:00Z\"")));
		this.google.verify(0, getRequestedFor(urlPathEqualTo("/v4/users/me/identity")));
		assertThat(context.cursors()).containsEntry("daily", "2026-11-20").containsEntry("sleep", NOW.toString());
	}

	@Test
	void failsClearlyWhenGoogleRefusesTheFilterMember() {
		this.google.stubFor(get(urlPathEqualTo(DATA_POINTS.formatted("heart-rate"))).atPriority(1)
			.willReturn(aResponse().withStatus(400)
				.withHeader("Content-Type", "application/json")
				.withBody(GoogleHealthJson.error(400, "INVALID_ARGUMENT", "INVALID_DATA_POINT_FILTER_DATA_TYPE_MEMBER",
						"Member 'heart_rate.start_time' is not supported for filtering."))));
		RecordingSyncContext context = context(SyncTrigger.SCHEDULE);
		assertThatExceptionOfType(InvalidDataPointFilterException.class).isThrownBy(() -> this.connector.sync(context))
			.withMessage("Google Health refused the heart-rate filter (INVALID_DATA_POINT_FILTER_DATA_TYPE_MEMBER)");
		assertThat(context.cursors()).doesNotContainKey("heart-rate");
	}

	@Test
	void skipsAStreamWhoseScopeWasNotGrantedAndSyncsTheRest() {
		this.google.stubFor(get(urlPathEqualTo(DATA_POINTS.formatted("sleep"))).atPriority(1)
			.willReturn(aResponse().withStatus(403)
				.withHeader("Content-Type", "application/json")
				.withBody(GoogleHealthJson.error(403, "PERMISSION_DENIED", "ACCESS_TOKEN_SCOPE_INSUFFICIENT",
						"Request had insufficient authentication scopes."))));
		stubDailyChunk();
		RecordingSyncContext context = context(SyncTrigger.BACKFILL);
		context.backfillFrom(NOW.minus(Duration.ofDays(2)));
		this.connector.sync(context);
		assertThat(context.cursors()).doesNotContainKey("sleep").containsEntry("daily", "2026-11-20");
		assertThat(this.stores.daily).containsKey(LocalDate.parse("2026-11-19"));
	}

	@Test
	void passesAnUnauthorizedAnswerToTheKit() {
		this.google.stubFor(get(urlPathEqualTo("/v4/users/me/identity")).atPriority(1)
			.willReturn(aResponse().withStatus(401)
				.withHeader("Content-Type", "application/json")
				.withBody(GoogleHealthJson.error(401, "UNAUTHENTICATED", "CREDENTIALS_MISSING",
						"Request is missing required authentication credential."))));
		RecordingSyncContext context = context(SyncTrigger.SCHEDULE);
		assertThatExceptionOfType(HttpClientErrorException.Unauthorized.class)
			.isThrownBy(() -> this.connector.sync(context));
		assertThat(context.advances()).isEmpty();
	}

	@Test
	void quarantinesAnUnmappableSampleAndStoresTheRest() {
		stubList("heart-rate", ">= \"2026-11-19T10:00:00Z\"", null, GoogleHealthJson.page(null,
				GoogleHealthJson.heartRate("2026-11-19T12:00:00Z", 3600, "61"),
				"{\"name\":\"users/1/dataTypes/heart-rate/dataPoints/bad\",\"heartRate\":{\"beatsPerMinute\":\"61\"}}"));
		RecordingSyncContext context = context(SyncTrigger.BACKFILL);
		context.backfillFrom(NOW.minus(Duration.ofDays(1)));
		this.connector.sync(context);
		assertThat(context.quarantined())
			.containsExactly("users/1/dataTypes/heart-rate/dataPoints/bad: missing sampleTime");
		assertThat(this.stores.samples()).hasSize(1);
	}

	@Test
	void refetchesOnlyTheNamedTypeForTheWholeLocalDaysOfANotification() {
		this.profiles.save(new FitbitProfile("demo", "1234567890", null, "Europe/Berlin", NOW));
		stubList("steps", ">= \"2026-11-10\"", null, GoogleHealthJson.page("",
				GoogleHealthJson.interval("steps", "\"count\":\"512\"", "2026-11-10T07:01:00Z", 3600, true)));
		RecordingSyncContext context = context(SyncTrigger.WEBHOOK);
		this.refetch.refetch(context, "steps",
				List.of(new TargetedRefetch.Interval(Instant.parse("2026-11-10T06:00:00Z"),
						Instant.parse("2026-11-10T06:15:00Z"), null, null)));
		this.google
			.verify(getRequestedFor(urlPathEqualTo(DATA_POINTS.formatted("steps"))).withQueryParam("filter", equalTo(
					"steps.interval.civil_start_time >= \"2026-11-10\" AND steps.interval.civil_start_time < \"2026-11-11\"")));
		this.google.verify(0, getRequestedFor(urlPathEqualTo(DATA_POINTS.formatted("distance"))));
		assertThat(this.stores.daily).containsExactly(Map.entry(LocalDate.parse("2026-11-10"),
				new DailyActivity(LocalDate.parse("2026-11-10"), 512L, null, null, null)));
		assertThat(context.written()).isEqualTo(1);
		assertThat(context.advances()).isEmpty();
	}

	@Test
	void refetchesHeartRateForThePhysicalIntervalOfANotification() {
		this.profiles.save(new FitbitProfile("demo", "1234567890", null, null, NOW));
		RecordingSyncContext context = context(SyncTrigger.WEBHOOK);
		this.refetch.refetch(context, "heart-rate",
				List.of(new TargetedRefetch.Interval(Instant.parse("2026-11-10T06:00:00Z"),
						Instant.parse("2026-11-10T06:15:00Z"), null, null)));
		this.refetch.refetch(context, "weight", List.of(new TargetedRefetch.Interval(null, null,
				LocalDate.parse("2026-11-10"), LocalDate.parse("2026-11-10"))));
		this.google.verify(1,
				getRequestedFor(urlPathEqualTo(DATA_POINTS.formatted("heart-rate"))).withQueryParam("filter",
						equalTo("heart_rate.sample_time.physical_time >= \"2026-11-10T06:00:00Z\" AND "
								+ "heart_rate.sample_time.physical_time < \"2026-11-10T06:15:00Z\"")));
		this.google.verify(0, getRequestedFor(urlPathEqualTo(DATA_POINTS.formatted("weight"))));
	}

	@Test
	void aSleepDeletionRemovesTheSessionsGoogleNoLongerReturnsAndIsIdempotent() {
		this.profiles.save(new FitbitProfile("demo", "1234567890", null, "Europe/Berlin", NOW));
		String night = GoogleHealthJson.sleep("s1", "2026-11-09T22:40:00Z", "2026-11-10T06:10:30Z", 3600, "STAGES");
		String nap = GoogleHealthJson.sleep("s2", "2026-11-10T06:20:00Z", "2026-11-10T06:50:00Z", 3600, "CLASSIC");
		List<TargetedRefetch.Interval> interval = List.of(new TargetedRefetch.Interval(
				Instant.parse("2026-11-09T22:00:00Z"), Instant.parse("2026-11-10T07:00:00Z"), null, null));
		stubList("sleep", "sleep.interval.end_time >= \"2026-11-09T22:00:00Z\"", null,
				GoogleHealthJson.page("", night, nap));
		this.refetch.refetch(context(SyncTrigger.WEBHOOK), "sleep", interval);
		assertThat(this.stores.sleep).hasSize(2);
		stubList("sleep", "sleep.interval.end_time >= \"2026-11-09T22:00:00Z\"", null,
				GoogleHealthJson.page("", night));
		RecordingSyncContext context = context(SyncTrigger.WEBHOOK);
		this.refetch.removeDeleted(context, "sleep", interval);
		assertThat(this.stores.sleep).extracting((session) -> session.start().toString())
			.containsExactly("2026-11-09T22:40:00Z");
		assertThat(this.stores.removed).containsExactly("sleep 2026-11-09T22:00:00Z/2026-11-10T07:01:00Z");
		this.refetch.removeDeleted(context, "sleep", interval);
		assertThat(this.stores.sleep).hasSize(1);
		assertThat(context.advances()).isEmpty();
	}

	@Test
	void aStepsDeletionClearsStepsOfTheWholeLocalDaysGoogleNoLongerHasAndKeepsTheOtherMetrics() {
		this.profiles.save(new FitbitProfile("demo", "1234567890", null, "Europe/Berlin", NOW));
		LocalDate day = LocalDate.parse("2026-11-10");
		this.stores.daily.put(day, new DailyActivity(day, 512L, 87.3, null, 2456.7));
		RecordingSyncContext context = context(SyncTrigger.WEBHOOK);
		this.refetch.removeDeleted(context, "steps",
				List.of(new TargetedRefetch.Interval(Instant.parse("2026-11-10T06:00:00Z"),
						Instant.parse("2026-11-10T06:15:00Z"), null, null)));
		this.google
			.verify(getRequestedFor(urlPathEqualTo(DATA_POINTS.formatted("steps"))).withQueryParam("filter", equalTo(
					"steps.interval.civil_start_time >= \"2026-11-10\" AND steps.interval.civil_start_time < \"2026-11-11\"")));
		assertThat(this.stores.daily).containsEntry(day, new DailyActivity(day, null, 87.3, null, 2456.7));
		assertThat(this.stores.removed).containsExactly("daily STEPS [2026-11-10]");
		assertThat(context.written()).isOne();
	}

	@Test
	void aHeartRateDeletionReadsTheIntervalFirstThenRemovesItAndMergesWhatIsLeft() {
		this.profiles.save(new FitbitProfile("demo", "1234567890", null, null, NOW));
		stubList("heart-rate", ">= \"2026-11-10T06:00:00Z\"", null,
				GoogleHealthJson.page("", GoogleHealthJson.heartRate("2026-11-10T06:05:00Z", 3600, "71")));
		this.refetch.removeDeleted(context(SyncTrigger.WEBHOOK), "heart-rate",
				List.of(new TargetedRefetch.Interval(Instant.parse("2026-11-10T06:00:00Z"),
						Instant.parse("2026-11-10T06:15:00Z"), null, null)));
		assertThat(this.stores.removed).containsExactly("heart-rate 2026-11-10T06:00:00Z/2026-11-10T06:15:00Z");
		assertThat(this.stores.samples()).extracting(HeartRateSample::bpm).containsExactly(71);
	}

	@Test
	void aDeletionWhoseReadFailsRemovesNothing() {
		this.profiles.save(new FitbitProfile("demo", "1234567890", null, null, NOW));
		this.google.stubFor(get(urlPathEqualTo(DATA_POINTS.formatted("heart-rate"))).atPriority(1)
			.willReturn(aResponse().withStatus(500)
				.withHeader("Content-Type", "application/json")
				.withBody(GoogleHealthJson.error(500, "INTERNAL", "INTERNAL_ERROR", "Internal error encountered."))));
		List<TargetedRefetch.Interval> interval = List.of(new TargetedRefetch.Interval(
				Instant.parse("2026-11-10T06:00:00Z"), Instant.parse("2026-11-10T06:15:00Z"), null, null));
		assertThatExceptionOfType(HttpServerErrorException.class)
			.isThrownBy(() -> this.refetch.removeDeleted(context(SyncTrigger.WEBHOOK), "heart-rate", interval));
		assertThat(this.stores.removed).isEmpty();
	}

	@Test
	void aRestingHeartRateDeletionClearsTheDaysWithoutAValue() {
		this.profiles.save(new FitbitProfile("demo", "1234567890", null, "Europe/Berlin", NOW));
		stubList("daily-resting-heart-rate", ">= \"2026-11-10\"", null,
				GoogleHealthJson.page(null, GoogleHealthJson.resting(LocalDate.parse("2026-11-10"), "58")));
		this.refetch.removeDeleted(context(SyncTrigger.WEBHOOK), "daily-resting-heart-rate",
				List.of(new TargetedRefetch.Interval(null, null, LocalDate.parse("2026-11-10"),
						LocalDate.parse("2026-11-11"))));
		assertThat(this.stores.resting).containsEntry(LocalDate.parse("2026-11-10"), 58);
		assertThat(this.stores.removed).containsExactly("resting [2026-11-11]");
	}

	@Test
	void purgesSleepDailyHeartRateAndProfile() {
		this.profiles.save(new FitbitProfile("demo", "1234567890", null, null, NOW));
		this.profiles.save(new FitbitProfile("alex", "999", null, null, NOW));
		assertThat(this.connector.purge("demo")).isEqualTo(3);
		assertThat(this.stores.purged).containsExactly("sleep", "daily", "heart-rate");
		assertThat(this.profiles.find("demo")).isEmpty();
		assertThat(this.profiles.find("alex")).isPresent();
	}

	@Test
	void revokesTheAccessTokenAtGoogleWithAFormBody(CapturedOutput output) {
		this.google.stubFor(post(urlPathEqualTo("/revoke")).willReturn(okJson("{}")));
		this.connector.revoke(new RevokingContext(this.google.baseUrl(), CLOCK));
		this.google.verify(1,
				postRequestedFor(urlPathEqualTo("/revoke"))
					.withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
					.withHeader("Authorization", absent())
					.withRequestBody(equalTo("token=" + RevokingContext.ACCESS_TOKEN)));
		this.google.verify(0, getRequestedFor(urlPathEqualTo("/v4/users/me/identity")));
		assertThat(output).contains("Revoked the Google grant").doesNotContain(RevokingContext.ACCESS_TOKEN);
	}

	@Test
	void logsAnInvalidTokenRefusalWithoutTheTokenAndCompletes(CapturedOutput output) {
		this.google.stubFor(post(urlPathEqualTo("/revoke")).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":\"invalid_token\",\"error_description\":\"Token expired or revoked\"}")));
		assertThatNoException()
			.isThrownBy(() -> this.connector.revoke(new RevokingContext(this.google.baseUrl(), CLOCK)));
		assertThat(output).contains("400 invalid_token").doesNotContain(RevokingContext.ACCESS_TOKEN);
	}

	@Test
	void logsAServerErrorOrAnUnreachableEndpointAndCompletes(CapturedOutput output) {
		this.google.stubFor(post(urlPathEqualTo("/revoke")).willReturn(aResponse().withStatus(503)));
		assertThatNoException()
			.isThrownBy(() -> this.connector.revoke(new RevokingContext(this.google.baseUrl(), CLOCK)));
		assertThat(output).contains("503 no error code");
		this.google
			.stubFor(post(urlPathEqualTo("/revoke")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		assertThatNoException()
			.isThrownBy(() -> this.connector.revoke(new RevokingContext(this.google.baseUrl(), CLOCK)));
		assertThat(output).contains("could not be reached").doesNotContain(RevokingContext.ACCESS_TOKEN);
	}

	private void stubDefaults() {
		this.google.stubFor(get(urlPathEqualTo("/v4/users/me/identity")).atPriority(5)
			.willReturn(okJson(
					"{\"name\":\"users/me/identity\",\"healthUserId\":\"1234567890\",\"legacyUserId\":\"A1B2C3\"}")));
		this.google.stubFor(get(urlPathEqualTo("/v4/users/me/settings")).atPriority(5)
			.willReturn(okJson("{\"name\":\"users/me/settings\",\"timeZone\":\"Europe/Berlin\",\"utcOffset\":\"3600s\","
					+ "\"distanceUnit\":\"KILOMETERS\"}")));
		for (String type : List.of("heart-rate", "daily-resting-heart-rate", "sleep", "steps", "distance",
				"active-energy-burned")) {
			this.google.stubFor(get(urlPathEqualTo(DATA_POINTS.formatted(type))).atPriority(9)
				.willReturn(okJson("{\"dataPoints\":[]}")));
		}
		this.google.stubFor(post(urlPathEqualTo(DATA_POINTS.formatted("total-calories") + ":dailyRollUp")).atPriority(9)
			.willReturn(okJson("{}")));
	}

	private void stubHeartRateBackfill() {
		stubList("heart-rate", ">= \"2026-11-18T10:00:00Z\"", null,
				GoogleHealthJson.page("CiQKIg", GoogleHealthJson.heartRate("2026-11-19T06:00:10Z", 3600, "66"),
						GoogleHealthJson.heartRate("2026-11-19T06:00:05Z", 3600, "64")));
		stubList("heart-rate", ">= \"2026-11-18T10:00:00Z\"", "CiQKIg",
				GoogleHealthJson.page("", GoogleHealthJson.heartRate("2026-11-18T23:00:00Z", 3600, "61")));
		stubList("heart-rate", ">= \"2026-11-19T10:00:00Z\"", null,
				GoogleHealthJson.page(null, GoogleHealthJson.heartRate("2026-11-20T09:59:59Z", 3600, "70")));
	}

	private void stubDailyChunk() {
		stubList("steps", ">= \"2026-11-18\"", null, GoogleHealthJson.page("s2",
				GoogleHealthJson.interval("steps", "\"count\":\"112\"", "2026-11-19T07:01:00Z", 3600, true)));
		stubList("steps", ">= \"2026-11-18\"", "s2", GoogleHealthJson.page("",
				GoogleHealthJson.interval("steps", "\"count\":\"130\"", "2026-11-19T07:00:00Z", 3600, false)));
		stubList("distance", ">= \"2026-11-18\"", null, GoogleHealthJson.page(null, GoogleHealthJson
			.interval("distance", "\"millimeters\":\"87300\"", "2026-11-19T07:01:00Z", 3600, true)));
		stubList("active-energy-burned", ">= \"2026-11-18\"", null, GoogleHealthJson.page("",
				GoogleHealthJson.interval("activeEnergyBurned", "\"kcal\":3.1", "2026-11-19T07:01:00Z", 3600, true)));
		this.google.stubFor(post(urlPathEqualTo(DATA_POINTS.formatted("total-calories") + ":dailyRollUp")).atPriority(1)
			.willReturn(okJson(
					GoogleHealthJson.rollups(GoogleHealthJson.totalCalories(LocalDate.parse("2026-11-19"), 2456.7)))));
	}

	private void stubList(String type, String filterPart, @Nullable String token, String body) {
		MappingBuilder request = get(urlPathEqualTo(DATA_POINTS.formatted(type)))
			.withQueryParam("filter", containing(filterPart))
			.withQueryParam("pageToken", (token != null) ? equalTo(token) : absent())
			.atPriority(1);
		this.google.stubFor(request.willReturn(okJson(body)));
	}

	private RecordingSyncContext context(SyncTrigger trigger) {
		return new RecordingSyncContext("demo", trigger, this.google.baseUrl(), CLOCK);
	}

	private RecordingSyncContext context(SyncTrigger trigger, Instant now) {
		return new RecordingSyncContext("demo", trigger, this.google.baseUrl(), Clock.fixed(now, ZoneOffset.UTC));
	}

	/**
	 * The {@code filter} of every list request of a type, in the order they were made.
	 */
	private List<String> filters(String type) {
		List<ServeEvent> events = new ArrayList<>(this.google.getAllServeEvents());
		events.sort(Comparator.comparing((event) -> event.getRequest().getLoggedDate()));
		return events.stream()
			.map(ServeEvent::getRequest)
			.filter((request) -> request.getUrl().startsWith(DATA_POINTS.formatted(type) + "?"))
			.filter((request) -> !request.queryParameter("pageToken").isPresent())
			.map((request) -> request.queryParameter("filter").firstValue())
			.toList();
	}

	private static String days(String type, String from, String until) {
		String member = type.replace('-', '_') + ".interval.civil_start_time";
		return member + " >= \"" + from + "\" AND " + member + " < \"" + until + "\"";
	}

	private static String resting(String from, String until) {
		String member = "daily_resting_heart_rate.date";
		return member + " >= \"" + from + "\" AND " + member + " < \"" + until + "\"";
	}

}

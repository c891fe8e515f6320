package health.falcon.devstack.sandbox.strava;

import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import health.falcon.devstack.sandbox.common.TestClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static health.falcon.devstack.sandbox.strava.StravaFlow.DANA;
import static health.falcon.devstack.sandbox.strava.StravaFlow.body;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Push subscriptions against a WireMock callback that answers the handshake like
 * fitness-service's {@code /webhooks/strava}, and the events the sandbox routes push.
 */
@StravaSandboxTest
@DirtiesContext
class StravaWebhookIntegrationTests {

	private static final WireMockServer callback = new WireMockServer(options().dynamicPort());

	private static final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private TestClock clock;

	@BeforeAll
	static void startCallback() {
		callback.start();
	}

	@AfterAll
	static void stopCallback() {
		callback.stop();
	}

	@BeforeEach
	void setUp() {
		this.clock.set(TestClock.START);
		callback.resetAll();
		callback.stubFor(get(urlPathEqualTo("/webhooks/strava")).withQueryParam("hub.mode", equalTo("subscribe"))
			.withQueryParam("hub.verify_token", equalTo("verify-me"))
			.willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"hub.challenge\":\"{{request.query.[hub.challenge]}}\"}")
				.withTransformers("response-template")));
		callback.stubFor(post(urlEqualTo("/webhooks/strava")).willReturn(aResponse().withStatus(200)));
	}

	@AfterEach
	void deleteSubscriptions() {
		JsonNode subscriptions = body(this.mvc.get()
			.uri("/strava/api/v3/push_subscriptions?client_id=12345&client_secret=test-secret")
			.exchange());
		subscriptions.forEach((subscription) -> this.mvc.delete()
			.uri("/strava/api/v3/push_subscriptions/" + subscription.get("id").asLong()
					+ "?client_id=12345&client_secret=test-secret")
			.exchange());
	}

	@Test
	void createsASubscriptionAfterTheHandshakeAndListsAndDeletesIt() {
		MvcTestResult created = subscribe("verify-me");
		assertThat(created).hasStatus(201);
		long id = body(created).get("id").asLong();
		assertThat(callback.findAll(getRequestedFor(urlPathEqualTo("/webhooks/strava")))).singleElement()
			.satisfies((request) -> assertThat(request.queryParameter("hub.challenge").firstValue()).isNotBlank());
		JsonNode listed = body(this.mvc.get()
			.uri("/strava/api/v3/push_subscriptions?client_id=12345&client_secret=test-secret")
			.exchange());
		assertThat(listed).singleElement().satisfies((subscription) -> {
			assertThat(subscription.get("id").asLong()).isEqualTo(id);
			assertThat(subscription.get("callback_url").asString()).isEqualTo(callbackUrl());
		});
		assertThat(subscribe("verify-me")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].code")
			.isEqualTo("already exists");
		assertThat(this.mvc.delete()
			.uri("/strava/api/v3/push_subscriptions/" + id + "?client_id=12345&client_secret=test-secret"))
			.hasStatus(204);
	}

	@Test
	void refusesACallbackThatFailsTheHandshake() {
		assertThat(subscribe("wrong-token")).hasStatus(400)
			.bodyJson()
			.isStrictlyEqualTo(
					"""
							{"message":"Bad Request","errors":[{"resource":"PushSubscription","field":"callback url","code":"not verifiable"}]}""");
		assertThat(body(this.mvc.get()
			.uri("/strava/api/v3/push_subscriptions?client_id=12345&client_secret=test-secret")
			.exchange())).isEmpty();
	}

	@Test
	void pushesCreateUpdateAndDeleteEventsForSandboxChanges() {
		long subscriptionId = body(subscribe("verify-me")).get("id").asLong();
		MvcTestResult created = this.mvc.post()
			.uri("/strava/sandbox/athletes/" + DANA + "/activities")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"sport_type\":\"Run\"}")
			.exchange();
		assertThat(created).hasStatus(201);
		long activityId = body(created).get("activity").get("id").asLong();
		assertThat(body(created).get("webhook").get("delivered").asBoolean()).isTrue();
		JsonNode event = lastEvent();
		assertThat(event.get("object_type").asString()).isEqualTo("activity");
		assertThat(event.get("object_id").asLong()).isEqualTo(activityId);
		assertThat(event.get("aspect_type").asString()).isEqualTo("create");
		assertThat(event.get("updates").isEmpty()).isTrue();
		assertThat(event.get("owner_id").asLong()).isEqualTo(DANA);
		assertThat(event.get("subscription_id").asLong()).isEqualTo(subscriptionId);
		assertThat(event.get("event_time").asLong()).isEqualTo(TestClock.START.getEpochSecond());

		String token = new StravaFlow(this.mvc).accessToken(DANA, "activity:read");
		assertThat(
				body(new StravaFlow(this.mvc).get("/strava/api/v3/activities/" + activityId, token)).get("sport_type")
					.asString())
			.isEqualTo("Run");

		assertThat(this.mvc.put()
			.uri("/strava/sandbox/athletes/" + DANA + "/activities/" + activityId)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Evening Tempo\"}")).hasStatusOk();
		assertThat(lastEvent().get("aspect_type").asString()).isEqualTo("update");
		assertThat(lastEvent().get("updates").get("title").asString()).isEqualTo("Evening Tempo");

		assertThat(this.mvc.delete().uri("/strava/sandbox/athletes/" + DANA + "/activities/" + activityId))
			.hasStatusOk();
		assertThat(lastEvent().get("aspect_type").asString()).isEqualTo("delete");
		assertThat(new StravaFlow(this.mvc).get("/strava/api/v3/activities/" + activityId, token)).hasStatus(404);
	}

	@Test
	void deauthorizationRevokesTokensAndPushesAnAthleteEvent() {
		subscribe("verify-me");
		StravaFlow flow = new StravaFlow(this.mvc);
		JsonNode tokens = flow.connect(DANA, "activity:read");
		String token = tokens.get("access_token").asString();
		assertThat(this.mvc.post().uri("/strava/sandbox/athletes/" + DANA + "/deauthorize")).hasStatusOk();
		JsonNode event = lastEvent();
		assertThat(event.get("object_type").asString()).isEqualTo("athlete");
		assertThat(event.get("object_id").asLong()).isEqualTo(DANA);
		assertThat(event.get("aspect_type").asString()).isEqualTo("update");
		assertThat(event.get("updates").get("authorized").asString()).isEqualTo("false");
		assertThat(flow.get("/strava/api/v3/athlete", token)).hasStatus(401);
		// as at Strava, the grant is gone: the refresh is refused too, which is what a
		// connector checks before it believes a deauthorization event
		assertThat(flow.refresh(tokens.get("refresh_token").asString())).hasStatus(400);
	}

	@Test
	void sandboxChangesWithoutASubscriptionReportNoDelivery() {
		MvcTestResult created = this.mvc.post().uri("/strava/sandbox/athletes/" + DANA + "/activities").exchange();
		assertThat(created).hasStatus(201).bodyJson().extractingPath("$.webhook.delivered").isEqualTo(false);
		assertThat(this.mvc.post().uri("/strava/sandbox/athletes/42/activities")).hasStatus(404);
	}

	private MvcTestResult subscribe(String verifyToken) {
		return this.mvc.post()
			.uri("/strava/api/v3/push_subscriptions")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("client_id", StravaFlow.CLIENT_ID)
			.param("client_secret", StravaFlow.CLIENT_SECRET)
			.param("callback_url", callbackUrl())
			.param("verify_token", verifyToken)
			.exchange();
	}

	private static String callbackUrl() {
		return "http://localhost:" + callback.port() + "/webhooks/strava";
	}

	private static JsonNode lastEvent() {
		List<LoggedRequest> events = callback.findAll(postRequestedFor(urlEqualTo("/webhooks/strava")));
		assertThat(events).isNotEmpty();
		return json.readTree(events.get(events.size() - 1).getBodyAsString());
	}

}

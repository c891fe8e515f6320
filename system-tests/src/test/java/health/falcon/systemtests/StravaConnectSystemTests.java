package health.falcon.systemtests;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Connects the sandbox's Strava through the gateway the way a user does (the connect
 * link, the provider's authorize form, the callback) and sees a year of activities
 * arrive, for that user only.
 */
class StravaConnectSystemTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static LocalStack stack;

	@BeforeAll
	static void startStack() {
		stack = LocalStack.get();
	}

	@Test
	void connectsStravaAndReceivesAYearOfActivities() throws Exception {
		BrowserlessSession demo = signedIn("demo");
		HttpResponse<String> authorizePage = demo.navigate(api("/api/connections/strava/authorize"));
		assertThat(authorizePage.uri().getPath()).isEqualTo("/strava/oauth/authorize");

		HttpResponse<String> landing = demo.submitForm(authorizePage, "form[method=post]", Map.of());

		assertThat(landing.uri().getPath()).isEqualTo("/connections");
		assertThat(landing.uri().getQuery()).contains("provider=strava").contains("result=connected");
		JsonNode connection = Awaitility.await("backfill finished")
			.atMost(Duration.ofMinutes(3))
			.pollInterval(Duration.ofSeconds(2))
			.until(() -> json.readTree(demo.getJson(api("/api/connections/strava")).body()),
					(node) -> "ACTIVE".equals(text(node, "status"))
							&& node.path("backfill").path("completed").asBoolean());
		assertThat(connection.path("counts").path("activities").asLong()).isGreaterThan(150);

		JsonNode activities = json.readTree(demo.getJson(api("/api/activities?limit=500&from=2000-01-01")).body());
		assertThat(activities.path("items").size()).isGreaterThan(150);
		assertThat(activities.path("items").get(0).path("distanceMeters").asDouble()).isPositive();

		followsWebhooksUntilTheAthleteDeauthorizes(demo);
	}

	/**
	 * The sandbox pushes Strava's webhook events through the gateway: a new activity
	 * arrives, a deleted one disappears, and a deauthorization revokes the connection and
	 * purges the data.
	 */
	private void followsWebhooksUntilTheAthleteDeauthorizes(BrowserlessSession demo) throws Exception {
		JsonNode created = json.readTree(sandbox("POST", "/strava/sandbox/athletes/1234567/activities",
				"{\"name\":\"Webhook test ride\",\"sportType\":\"Ride\"}"));
		Awaitility.await("created activity arrives by webhook")
			.atMost(Duration.ofSeconds(60))
			.until(() -> recentNames(demo).contains("Webhook test ride"));

		String activityId = created.findValue("id").asString();
		sandbox("DELETE", "/strava/sandbox/athletes/1234567/activities/" + activityId, null);
		Awaitility.await("deleted activity disappears")
			.atMost(Duration.ofSeconds(60))
			.until(() -> !recentNames(demo).contains("Webhook test ride"));

		sandbox("POST", "/strava/sandbox/athletes/1234567/deauthorize", null);
		Awaitility.await("deauthorization revokes and purges")
			.atMost(Duration.ofSeconds(60))
			.until(() -> "REVOKED"
				.equals(text(json.readTree(demo.getJson(api("/api/connections/strava")).body()), "status"))
					&& json.readTree(demo.getJson(api("/api/activities?from=2000-01-01")).body())
						.path("items")
						.isEmpty());
	}

	private static String recentNames(BrowserlessSession session) throws Exception {
		return session.getJson(api("/api/activities?limit=20")).body();
	}

	private static String sandbox(String method, String path, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(stack.sandbox().resolve(path))
			.header("Content-Type", "application/json")
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(request.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 299);
		return response.body();
	}

	@Test
	void keepsOneUsersConnectionAndActivitiesFromAnother() throws Exception {
		BrowserlessSession alex = signedIn("alex");

		JsonNode connection = json.readTree(alex.getJson(api("/api/connections/strava")).body());
		JsonNode activities = json.readTree(alex.getJson(api("/api/activities?from=2000-01-01")).body());

		assertThat(text(connection, "status")).isIn("NOT_CONNECTED", "DISCONNECTED");
		assertThat(activities.path("items").size()).isZero();
	}

	@Test
	void refusesToSyncWithoutAConnection() throws Exception {
		BrowserlessSession alex = signedIn("alex");

		HttpResponse<String> response = alex.postJson(api("/api/connections/strava/sync"));

		assertThat(response.statusCode()).isEqualTo(409);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
	}

	private static String text(JsonNode node, String field) {
		return node.path(field).asString();
	}

	private static BrowserlessSession signedIn(String user) throws Exception {
		BrowserlessSession browser = new BrowserlessSession();
		assertThat(browser.signIn(stack.gateway(), "/login", user, user).statusCode()).isEqualTo(200);
		return browser;
	}

	private static URI api(String path) {
		return stack.gateway().resolve(path);
	}

}

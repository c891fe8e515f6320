package health.falcon.systemtests;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Connects the experimental MyFitnessPal diary the way a user does: signs in at the
 * sandbox's MyFitnessPal, pastes the session cookie into Falcon Health, and sees the
 * diary's days arrive; an expired session then asks for a new cookie, and a private diary
 * is explained.
 */
class MyFitnessPalDiarySystemTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static LocalStack stack;

	@BeforeAll
	static void startStack() {
		stack = LocalStack.get();
	}

	@Test
	void connectsTheDiaryWithASessionCookieAndReadsItsDays() throws Exception {
		BrowserlessSession demo = signedIn("demo");
		HttpResponse<String> refused = demo.postJson(api("/api/connections/myfitnesspal/session"),
				"{\"cookie\": \"mfp_session=not-a-session\"}");
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("invalid-session");

		HttpResponse<String> connected = demo.postJson(api("/api/connections/myfitnesspal/session"),
				"{\"cookie\": \"" + SystemTestSupport.myFitnessPalSession(stack, "demo") + "\"}");
		assertThat(connected.statusCode()).as(connected.body()).isEqualTo(201);
		JsonNode connection = Awaitility.await("diary backfill finished")
			.atMost(Duration.ofMinutes(3))
			.pollInterval(Duration.ofSeconds(2))
			.until(() -> json.readTree(demo.getJson(api("/api/connections/myfitnesspal")).body()),
					(node) -> "ACTIVE".equals(node.path("status").asString()) && node.path("lastRun").isObject()
							&& node.path("counts").path("days").asLong() > 0);
		assertThat(connection.path("counts").path("days").asLong()).isGreaterThan(20);

		mfpSandbox("/myfitnesspal/sandbox/sessions/expire?username=demo");
		assertThat(demo.postJson(api("/api/connections/myfitnesspal/sync")).statusCode()).isEqualTo(202);
		JsonNode expired = Awaitility.await("an expired session asks for a new cookie")
			.atMost(Duration.ofMinutes(1))
			.until(() -> json.readTree(demo.getJson(api("/api/connections/myfitnesspal")).body()),
					(node) -> "NEEDS_RECONNECT".equals(node.path("status").asString()));
		assertThat(expired.path("statusReason").asString()).isEqualTo("session-expired");
	}

	@Test
	void explainsAPrivateDiary() throws Exception {
		BrowserlessSession alex = signedIn("alex");
		HttpResponse<String> connected = alex.postJson(api("/api/connections/myfitnesspal/session"),
				"{\"cookie\": \"" + SystemTestSupport.myFitnessPalSession(stack, "private") + "\"}");
		assertThat(connected.statusCode()).as(connected.body()).isEqualTo(201);
		JsonNode connection = Awaitility.await("the private diary is explained")
			.atMost(Duration.ofMinutes(1))
			.until(() -> json.readTree(alex.getJson(api("/api/connections/myfitnesspal")).body()),
					(node) -> "ERROR".equals(node.path("status").asString()));
		assertThat(connection.path("statusReason").asString()).isEqualTo("diary-private");
	}

	private static void mfpSandbox(String path) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(stack.sandbox().resolve(path))
				.POST(HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
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

package health.falcon.systemtests;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Connects the sandbox's Google Health API through the gateway (Google's consent page
 * with PKCE) and sees Fitbit data arrive; then imports a Fitbit export ZIP through the
 * gateway, twice.
 */
class FitbitConnectSystemTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static LocalStack stack;

	@BeforeAll
	static void startStack() {
		stack = LocalStack.get();
	}

	@Test
	void connectsGoogleHealthAndReceivesRecentDays() throws Exception {
		BrowserlessSession demo = signedIn("demo");
		HttpResponse<String> consent = demo.navigate(api("/api/connections/fitbit/authorize"));
		assertThat(consent.uri().getPath()).isEqualTo("/google-health/o/oauth2/v2/auth");
		assertThat(consent.uri().getQuery()).contains("code_challenge_method=S256").contains("access_type=offline");

		HttpResponse<String> landing = demo.submitForm(consent, "form[method=post]", Map.of());

		assertThat(landing.uri().getQuery()).contains("provider=fitbit").contains("result=connected");
		JsonNode connection = Awaitility.await("Fitbit backfill finished")
			.atMost(Duration.ofMinutes(4))
			.pollInterval(Duration.ofSeconds(2))
			.until(() -> json.readTree(demo.getJson(api("/api/connections/fitbit")).body()),
					(node) -> "ACTIVE".equals(node.path("status").asString())
							&& node.path("backfill").path("completed").asBoolean());
		long records = connection.path("counts").valueStream().mapToLong(JsonNode::asLong).sum();
		assertThat(records).isPositive();
		readsHeartRateBack(demo, "fitbit/google-health");

		notificationTriggersATargetedRefetch(demo);
	}

	/**
	 * The heart rate just stored reads back through the gateway, backend-server and
	 * backend-data: points of the last days with each bucket's mean between its minimum
	 * and maximum, named by the source that stored them.
	 */
	private static void readsHeartRateBack(BrowserlessSession session, String source) throws Exception {
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		HttpResponse<String> answer = session.getJson(api(
				"/api/metrics/heart-rate?from=" + today.minusDays(10) + "&to=" + today.plusDays(1) + "&maxPoints=500"));
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		JsonNode series = json.readTree(answer.body());
		assertThat(series.path("unit").asString()).isEqualTo("bpm");
		assertThat(series.path("source").asString()).as(answer.body()).contains(source);
		assertThat(series.path("points").size()).as(answer.body()).isBetween(1, 500);
		for (JsonNode point : series.path("points")) {
			assertThat(point.path("value").asDouble()).isBetween(point.path("min").asDouble(),
					point.path("max").asDouble());
			assertThat(point.path("min").asDouble()).isBetween(25.0, 250.0);
		}
	}

	/**
	 * The sandbox notifies the subscriber registered by ./run.sh (through the gateway,
	 * with the registered secret): fitbit-service answers at once and re-fetches the
	 * named data type in a WEBHOOK run.
	 */
	private void notificationTriggersATargetedRefetch(BrowserlessSession demo) throws Exception {
		HttpResponse<String> sent = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(stack.sandbox().resolve("/google-health/sandbox/users/1234567890/changes"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"dataType\":\"steps\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(sent.statusCode()).as(sent.body()).isBetween(200, 299);
		Awaitility.await("a WEBHOOK run")
			.atMost(Duration.ofSeconds(60))
			.until(() -> demo.getJson(api("/api/connections/fitbit/runs?limit=10")).body(),
					(runs) -> runs.contains("\"WEBHOOK\""));
	}

	@Test
	void importsAFitbitExportAndRecordsTheSameExportAgainAsADuplicate() throws Exception {
		BrowserlessSession alex = signedIn("alex");
		byte[] export = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(stack.sandbox().resolve("/google-health/sandbox/fitbit-export.zip?days=7"))
				.build(), HttpResponse.BodyHandlers.ofByteArray())
			.body();

		JsonNode first = importAndWait(alex, export);
		JsonNode second = importAndWait(alex, export);

		// a rerun over the same FALCON_HOME finds the export imported by the run before
		if (!"DUPLICATE".equals(first.path("status").asString())) {
			assertThat(first.path("status").asString()).as(first.toString()).isEqualTo("SUCCEEDED");
			assertThat(first.path("rowsImported").asLong()).as(first.toString()).isPositive();
			assertThat(first.path("format").asString()).as(first.toString()).isEqualTo("ACCOUNT_ARCHIVE");
		}
		assertThat(second.path("status").asString()).as(second.toString()).isEqualTo("DUPLICATE");
		assertThat(second.path("duplicateOf").asString()).isIn(first.path("id").asString(),
				first.path("duplicateOf").asString());
		readsHeartRateBack(alex, "fitbit/export");
	}

	private static JsonNode importAndWait(BrowserlessSession session, byte[] export) throws Exception {
		HttpResponse<String> accepted = session.postMultipart(api("/api/connections/fitbit/imports"), "export.zip",
				export, Map.of("timeZone", "Europe/Berlin"));
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
		String id = json.readTree(accepted.body()).path("id").asString();
		return Awaitility.await("import finished")
			.atMost(Duration.ofMinutes(3))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> json.readTree(session.getJson(api("/api/connections/fitbit/imports/" + id)).body()),
					(node) -> !node.path("status").asString().matches("QUEUED|RUNNING|"));
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

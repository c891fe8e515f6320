package health.falcon.systemtests;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Connects the sandbox's Google Health API through the gateway (Google's consent page
 * with PKCE) and sees Fitbit data arrive; then imports a Fitbit export ZIP through the
 * gateway, twice; reads heart rate, sleep and the dashboard back through the gateway.
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
		readsSleepAndTheDashboardBack(demo);

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
		readsTheExportsSleepBack(alex, export);
	}

	/**
	 * The sleep sessions the API sync stored read back as a list and as the
	 * sleep-duration series, and the dashboard shows last night and the connection's
	 * freshness.
	 */
	private static void readsSleepAndTheDashboardBack(BrowserlessSession session) throws Exception {
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		HttpResponse<String> list = session
			.getJson(api("/api/sleep/sessions?from=" + today.minusDays(10) + "&to=" + today.plusDays(1) + "&limit=5"));
		assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
		JsonNode sessions = json.readTree(list.body()).path("items");
		assertThat(sessions.size()).as(list.body()).isBetween(1, 5);
		for (JsonNode sleep : sessions) {
			assertThat(sleep.path("source").path("channel").asString()).isEqualTo("google-health");
			assertThat(Instant.parse(sleep.path("end").asString()))
				.isAfter(Instant.parse(sleep.path("start").asString()));
		}
		JsonNode newest = sessions.get(0);
		HttpResponse<String> detail = session.getJson(
				api("/api/sleep/sessions/" + URLEncoder.encode(newest.path("id").asString(), StandardCharsets.UTF_8)));
		assertThat(detail.statusCode()).as(detail.body()).isEqualTo(200);
		assertThat(json.readTree(detail.body()).path("stages").size()).isPositive();

		HttpResponse<String> series = session
			.getJson(api("/api/metrics/sleep-duration?from=" + newest.path("dateOfSleep").asString() + "&to="
					+ newest.path("dateOfSleep").asString() + "&resolution=1d"));
		assertThat(series.statusCode()).as(series.body()).isEqualTo(200);
		assertThat(json.readTree(series.body()).path("points").get(0).path("localDate").asString())
			.isEqualTo(newest.path("dateOfSleep").asString());

		HttpResponse<String> dashboard = session.getJson(api("/api/dashboard"));
		assertThat(dashboard.statusCode()).as(dashboard.body()).isEqualTo(200);
		JsonNode glance = json.readTree(dashboard.body());
		assertThat(glance.path("sources").valueStream().map((source) -> source.path("provider").asString()))
			.contains("fitbit");
		assertThat(glance.path("sources")
			.valueStream()
			.filter((source) -> "fitbit".equals(source.path("provider").asString()))
			.findFirst()
			.orElseThrow()
			.path("lastSuccessfulSyncAt")
			.asString()).isNotEmpty();
	}

	/**
	 * Every night of the export the sandbox served reads back through the gateway with
	 * the export's date, minutes asleep and main-sleep flag.
	 */
	private static void readsTheExportsSleepBack(BrowserlessSession session, byte[] export) throws Exception {
		Set<String> served = new TreeSet<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(export))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (entry.getName().matches(".*/sleep-[0-9-]+\\.json")) {
					for (JsonNode night : json.readTree(zip.readAllBytes())) {
						served.add(night.path("dateOfSleep").asString() + " " + night.path("minutesAsleep").asInt()
								+ " " + night.path("mainSleep").asBoolean());
					}
				}
			}
		}
		assertThat(served).isNotEmpty();
		String first = served.iterator().next().substring(0, 10);
		String last = ((TreeSet<String>) served).last().substring(0, 10);
		HttpResponse<String> list = session
			.getJson(api("/api/sleep/sessions?from=" + first + "&to=" + last + "&limit=500"));
		assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
		Set<String> read = new TreeSet<>();
		for (JsonNode sleep : json.readTree(list.body()).path("items")) {
			assertThat(sleep.path("source").path("channel").asString()).isEqualTo("export");
			read.add(sleep.path("dateOfSleep").asString() + " " + sleep.path("minutesAsleep").asInt() + " "
					+ sleep.path("mainSleep").asBoolean());
		}
		assertThat(read).isEqualTo(served);
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

package health.falcon.systemtests;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Connects the sandbox's Dropbox through the gateway the way a user does and sees the
 * seeded folder ingested: blood-pressure exports and CardioMood reports imported, the
 * MyFitnessPal export handed to diet-service (whose import then succeeds), a notes file
 * explained as unsupported. Then files change in Dropbox: the signed webhook brings a new
 * file, a new revision (fetched through two rate-limited answers) and a deletion.
 */
class DropboxConnectSystemTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final String FOLDER = "/Apps/Falcon Health";

	private static LocalStack stack;

	@BeforeAll
	static void startStack() {
		stack = LocalStack.get();
	}

	@Test
	void connectsDropboxIngestsTheFolderAndFollowsItsChanges() throws Exception {
		BrowserlessSession demo = signedIn("demo");
		// a rerun on the same FALCON_HOME starts from a clean slate
		assertThat(demo.delete(api("/api/connections/dropbox?purge=true")).statusCode()).isIn(204, 404, 409);
		Instant connecting = Instant.now();
		HttpResponse<String> authorizePage = demo.navigate(api("/api/connections/dropbox/authorize"));
		assertThat(authorizePage.uri().getPath()).isEqualTo("/dropbox/oauth2/authorize");
		assertThat(authorizePage.uri().getQuery()).contains("token_access_type=offline");

		HttpResponse<String> landing = demo.submitForm(authorizePage, "form[method=post]", Map.of("account", "demo"));

		assertThat(landing.uri().getPath()).isEqualTo("/connections");
		assertThat(landing.uri().getQuery()).contains("provider=dropbox").contains("result=connected");
		Awaitility.await("the first sync of the seeded folder finished")
			.atMost(Duration.ofMinutes(3))
			.pollInterval(Duration.ofSeconds(2))
			.until(() -> json.readTree(demo.getJson(api("/api/connections/dropbox")).body()),
					(node) -> "ACTIVE".equals(node.path("status").asString())
							&& node.path("lastRun").path("status").asString().matches("SUCCEEDED|FAILED")
							&& Instant.parse(node.path("lastRun").path("startedAt").asString()).isAfter(connecting));
		List<JsonNode> files = files(demo);
		assertThat(files).hasSizeGreaterThan(20);
		assertThat(files).filteredOn((file) -> !path(file).isEmpty()).allSatisfy((file) -> {
			assertThat(file.path("provider").asString()).isEqualTo("dropbox");
			assertThat(file.path("origin").asString()).isEqualTo("DROPBOX");
			assertThat(file.path("fileName").asString()).isNotEmpty();
		});
		assertThat(files).filteredOn((file) -> path(file).contains("/omron/")).isNotEmpty().allSatisfy((file) -> {
			assertThat(status(file)).isEqualTo("SUCCEEDED");
			assertThat(file.path("format").asString()).isEqualTo("OMRON_CONNECT");
			assertThat(file.path("rowsImported").asLong()).isPositive();
		});
		assertThat(files).filteredOn((file) -> path(file).contains("/cardiomood/"))
			.isNotEmpty()
			.allSatisfy((file) -> assertThat(file.path("format").asString()).isEqualTo("CARDIOMOOD"));
		assertThat(files).filteredOn((file) -> path(file).endsWith("notes.txt"))
			.singleElement()
			.satisfies((file) -> assertThat(status(file)).isEqualTo("UNSUPPORTED"));
		List<JsonNode> handedOff = files.stream().filter((file) -> path(file).contains("/myfitnesspal/")).toList();
		assertThat(handedOff).hasSize(3).allSatisfy((file) -> {
			assertThat(status(file)).as(file.toString()).isEqualTo("HANDED_OFF");
			assertThat(file.path("format").asString()).isEqualTo("MYFITNESSPAL");
		});
		String dietImport = handedOff.get(0).path("reason").asString().replaceAll(".*\\(import ([^)]+)\\).*", "$1");
		JsonNode diet = Awaitility.await("diet-service imports the handed-over file")
			.atMost(Duration.ofMinutes(1))
			.until(() -> json.readTree(demo.getJson(api("/api/connections/myfitnesspal/imports/" + dietImport)).body()),
					(node) -> node.path("status").asString().matches("SUCCEEDED|FAILED|DUPLICATE"));
		// a rerun over the same FALCON_HOME hands the same content over again, and
		// diet-service records it as a duplicate of the first import
		assertThat(diet.path("status").asString()).as(diet.toString()).isIn("SUCCEEDED", "DUPLICATE");
		assertThat(diet.path("provider").asString()).isEqualTo("myfitnesspal");
		assertThat(diet.path("origin").asString()).isEqualTo("HANDOFF");

		followsChanges(demo);
		keepsTheFilesFromAnotherUser();
	}

	private void followsChanges(BrowserlessSession demo) throws Exception {
		String path = FOLDER + "/withings/clinic.csv";
		String first = """
				Date,"Heart rate",Systolic,Diastolic,Comments
				"2026-03-10 07:46:02",62,123,78,
				"2026-03-11 07:40:00",64,125,80,
				""";
		sandbox("PUT", "/dropbox/sandbox/files?account=demo&path=" + encode(path), first);
		JsonNode created = awaitFile(demo, path, (file) -> "SUCCEEDED".equals(status(file)));
		assertThat(created.path("rowsImported").asLong()).isEqualTo(2);
		String firstRev = created.path("dropbox").path("importedRev").asString();

		// Dropbox rate-limits the next two calls: the sync waits as Retry-After
		// says and then carries on
		sandbox("POST", "/dropbox/sandbox/faults/too-many-requests?count=2&retryAfter=1", null);
		sandbox("PUT", "/dropbox/sandbox/files?account=demo&path=" + encode(path),
				first + "\"2026-03-12 07:41:00\",61,121,77,\n\"2026-03-13 07:41:00\",60,abc,77,\n");
		JsonNode revised = awaitFile(demo, path,
				(file) -> !firstRev.equals(file.path("dropbox").path("importedRev").asString()));
		assertThat(revised.path("rowsImported").asLong()).isEqualTo(3);
		assertThat(revised.path("rowsSkipped").asLong()).isEqualTo(1);
		assertThat(revised.path("errors").get(0).path("line").asInt()).isEqualTo(5);
		assertThat(sandboxJson("/dropbox/sandbox/faults/too-many-requests").path("remaining").asInt()).isZero();
		assertThat(clinicReadings(demo)).containsExactly("2026-03-12 121/77 61", "2026-03-11 125/80 64",
				"2026-03-10 123/78 62");
		HttpResponse<String> series = demo
			.getJson(api("/api/metrics/blood-pressure?from=2026-03-10&to=2026-03-12&resolution=raw"));
		assertThat(series.statusCode()).as(series.body()).isEqualTo(200);
		assertThat(json.readTree(series.body())
			.path("points")
			.valueStream()
			.map((point) -> point.path("systolic").asInt())).contains(123, 125, 121);

		sandbox("DELETE", "/dropbox/sandbox/files?account=demo&path=" + encode(path), null);
		JsonNode deleted = awaitFile(demo, path, (file) -> file.path("dropbox").path("deleted").asBoolean());
		assertThat(deleted.path("rowsImported").asLong()).isEqualTo(3);
		assertThat(clinicReadings(demo)).isEmpty();
	}

	/**
	 * The readings of the clinic's file as the browser reads them back through the
	 * gateway, newest first: local date, pressures and pulse.
	 */
	private static List<String> clinicReadings(BrowserlessSession session) throws Exception {
		HttpResponse<String> answer = session
			.getJson(api("/api/blood-pressure/readings?from=2026-03-10&to=2026-03-12&limit=500"));
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		return json.readTree(answer.body())
			.path("items")
			.valueStream()
			.filter((reading) -> reading.path("source").path("file").asString("").endsWith("clinic.csv"))
			.map((reading) -> reading.path("time").path("localDate").asString() + " " + reading.path("systolic").asInt()
					+ "/" + reading.path("diastolic").asInt() + " " + reading.path("pulse").asInt())
			.toList();
	}

	private void keepsTheFilesFromAnotherUser() throws Exception {
		BrowserlessSession alex = signedIn("alex");
		// alex's own uploads (the profile test) may be listed, never demo's Dropbox files
		assertThat(files(alex)).noneMatch((file) -> "DROPBOX".equals(file.path("origin").asString()));
		JsonNode connection = json.readTree(alex.getJson(api("/api/connections/dropbox")).body());
		assertThat(connection.path("status").asString()).isIn("NOT_CONNECTED", "DISCONNECTED");
	}

	@Test
	void savesAMappingProfileAndImportsAFileWithIt() throws Exception {
		BrowserlessSession alex = signedIn("alex");
		// the note makes the content new on every run, so it is never a duplicate
		String sample = "Datum;Uhrzeit;Oberdruck;Unterdruck;Puls;Notiz\n10.03.2026;07:45;124;79;61;" + System.nanoTime()
				+ "\n11.03.2026;07:50;x;80;62;\n";
		HttpResponse<String> saved = alex.postJson(api("/api/connections/dropbox/profiles"), """
				{"name": "Cuff app", "columns": {"date": "Datum", "time": "Uhrzeit", "systolic": "Oberdruck",
				 "diastolic": "Unterdruck", "pulse": "Puls"}, "dateFormat": "dd.MM.yyyy", "timeFormat": "HH:mm"}""");
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);

		HttpResponse<String> accepted = alex.postMultipart(api("/api/connections/dropbox/imports"), "cuff.csv",
				sample.getBytes(StandardCharsets.UTF_8), Map.of());
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
		String id = json.readTree(accepted.body()).path("id").asString();
		JsonNode report = Awaitility.await("import finished")
			.atMost(Duration.ofMinutes(1))
			.until(() -> json.readTree(alex.getJson(api("/api/connections/dropbox/imports/" + id)).body()),
					(node) -> !status(node).matches("QUEUED|RUNNING"));
		assertThat(report.path("format").asString()).as(report.toString()).isEqualTo("GENERIC");
		assertThat(report.path("rowsImported").asLong()).isEqualTo(1);
		assertThat(report.path("errors").get(0).path("line").asInt()).isEqualTo(3);
	}

	private static JsonNode awaitFile(BrowserlessSession session, String path,
			java.util.function.Predicate<JsonNode> condition) {
		return Awaitility.await("Dropbox change of " + path + " arrives by webhook")
			.atMost(Duration.ofSeconds(90))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> files(session).stream()
				.filter((file) -> path.equalsIgnoreCase(path(file)))
				.filter(condition)
				.findFirst()
				.orElse(null), java.util.Objects::nonNull);
	}

	private static List<JsonNode> files(BrowserlessSession session) throws Exception {
		List<JsonNode> files = new ArrayList<>();
		json.readTree(session.getJson(api("/api/connections/dropbox/imports?limit=200")).body()).forEach(files::add);
		return files;
	}

	private static String path(JsonNode file) {
		return file.path("dropbox").path("path").asString("");
	}

	private static String status(JsonNode file) {
		return file.path("status").asString();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static void sandbox(String method, String path, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(stack.sandbox().resolve(path))
			.header("Content-Type", "text/csv")
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(request.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 299);
	}

	private static JsonNode sandboxJson(String path) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(stack.sandbox().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as("GET " + path).isEqualTo(200);
		return json.readTree(response.body());
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

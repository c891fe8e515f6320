package health.falcon.systemtests;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The attacker's suite, through the real {@code ./run.sh} stack: {@code alex} and
 * anonymous outsiders attack {@code casey}'s data at every boundary of issue 10, and each
 * test asserts both the refusal and that every stored document of the victim is unchanged
 * afterwards (read straight from MongoDB, see {@link StoredData}).
 */
class AbuseSystemTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final HttpClient outsider = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private static LocalStack stack;

	private static Victim victim;

	private static BrowserlessSession attacker;

	private static StoredData stored;

	@BeforeAll
	static void prepare() throws Exception {
		stack = LocalStack.get();
		victim = Victim.prepare(stack);
		attacker = new BrowserlessSession();
		assertThat(attacker.signIn(stack.gateway(), "/login", "alex", "alex").statusCode()).isEqualTo(200);
		stored = new StoredData();
	}

	@AfterAll
	static void closeMongo() {
		if (stored != null) {
			stored.close();
		}
	}

	@Test
	void forgedStravaEventsThroughTheGatewayAndAtTheServicePortChangeNothing() throws Exception {
		StoredData.Snapshot before = stored.of(Victim.USER);
		String activityId = stored.stravaActivityIds(Victim.USER).get(0);
		String deauthorization = stravaEvent("athlete", victim.athleteId(), "update", "{\"authorized\":\"false\"}");
		String deletion = stravaEvent("activity", Long.parseLong(activityId), "delete", "{}");
		for (URI webhook : List.of(stack.gateway().resolve("/webhooks/strava"), service(8083, "/webhooks/strava"))) {
			for (String event : List.of(deletion, deauthorization)) {
				assertThat(post(webhook, "application/json", event.getBytes(StandardCharsets.UTF_8), Map.of())
					.statusCode()).isEqualTo(200);
			}
		}

		// A genuine event queued behind the forged ones: once its activity has arrived,
		// fitness-service has looked at every forged event.
		String marker = "Marker ride " + System.nanoTime();
		HttpResponse<String> created = outsider.send(HttpRequest
			.newBuilder(stack.sandbox().resolve("/strava/sandbox/athletes/" + victim.athleteId() + "/activities"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + marker + "\",\"sportType\":\"Ride\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(created.statusCode()).as(created.body()).isBetween(200, 299);
		Awaitility.await("the genuine event behind the forged ones")
			.atMost(Duration.ofSeconds(90))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> victim.session().getJson(stack.gateway().resolve("/api/activities?limit=20")).body(),
					(body) -> body.contains(marker));

		assertThat(json.readTree(victim.session().getJson(stack.gateway().resolve("/api/connections/strava")).body())
			.path("status")
			.asString()).isEqualTo("ACTIVE");
		before.assertUnchangedIn(stored.of(Victim.USER), "activities");
	}

	@Test
	void refusesUnsignedWronglySignedAndOversizedNotifications() throws Exception {
		StoredData.Snapshot before = stored.of(Victim.USER);
		byte[] notification = "{\"list_folder\":{\"accounts\":[\"dbid:AAH4f99T0taONIb-OurWxbNQ6ywGRopQngc\"]}}"
			.getBytes(StandardCharsets.UTF_8);
		byte[] oversized = ("{\"padding\":\"" + "x".repeat(70 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
		URI dropbox = stack.gateway().resolve("/webhooks/dropbox");
		URI googleHealth = stack.gateway().resolve("/webhooks/google-health");

		assertRefused(post(dropbox, "application/json", notification, Map.of()), 401, 403);
		assertRefused(post(dropbox, "application/json", notification, Map.of("X-Dropbox-Signature", "00ff")), 401, 403);
		assertRefused(post(dropbox, "application/json", oversized, Map.of("X-Dropbox-Signature", "00ff")), 413);
		// A malformed body with a wrong signature is refused for the signature:
		// nothing is parsed before it is verified.
		assertRefused(post(dropbox, "application/json", "{not json".getBytes(StandardCharsets.UTF_8),
				Map.of("X-Dropbox-Signature", "00ff")), 401, 403);
		byte[] healthNotification = "{\"data\":{\"healthUserId\":\"1234567890\",\"dataType\":\"heart-rate\"}}"
			.getBytes(StandardCharsets.UTF_8);
		assertRefused(post(googleHealth, "application/json", healthNotification, Map.of()), 401, 403);
		assertRefused(post(googleHealth, "application/json", healthNotification,
				Map.of("Authorization", "Bearer forged", "X-HEALTHAPI-SIGNATURE", "MEUCIQD0")), 401, 403);
		assertRefused(post(googleHealth, "application/json", oversized, Map.of("Authorization", "Bearer forged")), 413);

		before.assertUnchangedIn(stored.of(Victim.USER));
	}

	@Test
	void aFreshlyMintedServiceTokenCannotImportIntoAnotherUser() throws Exception {
		StoredData.Snapshot before = stored.of(Victim.USER);
		String token = ServiceTokens.mint(stack);
		byte[] nutrition = """
				Date,Meal,Calories,Fat (g),Carbohydrates (g),Protein (g)
				2026-03-13,Lunch,999,9,99,9
				""".getBytes(StandardCharsets.UTF_8);
		String fakeRecord = "&record=" + "0".repeat(24) + "&file=" + "0".repeat(24);

		for (URI internal : List.of(service(8084, "/internal/myfitnesspal/imports?user=casey"),
				service(8084, "/internal/myfitnesspal/imports?user=casey" + fakeRecord),
				service(8085, "/internal/fitbit/imports?user=casey"),
				service(8085, "/internal/fitbit/imports?user=casey" + fakeRecord))) {
			HttpResponse<String> response = Multipart.post(outsider, internal, "Nutrition-Summary.csv", nutrition,
					Map.of("Authorization", "Bearer " + token));
			assertThat(response.statusCode()).as(internal + ": " + response.body()).isBetween(400, 499);
			assertThat(response.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		}

		before.assertUnchangedIn(stored.of(Victim.USER));
	}

	@Test
	void anAnonymousSessionFloodDoesNotStopASignIn() throws Exception {
		SessionFlood.Result flood = SessionFlood.run(outsider, stack.gateway().resolve("/oauth2/authorization/falcon"),
				10_000);

		assertThat(flood.redirects()).as(flood.toString()).isEqualTo(10_000);
		assertThat(flood.sessionCookies()).as("server-side sessions created for anonymous requests").isZero();
		BrowserlessSession late = new BrowserlessSession();
		assertThat(late.signIn(stack.gateway(), "/login", "demo", "demo").statusCode()).isEqualTo(200);
		assertThat(late.getJson(stack.gateway().resolve("/api/me")).statusCode()).isEqualTo(200);
	}

	@Test
	void refusesBombsAndKeepsAnswering() throws Exception {
		StoredData.Snapshot before = stored.of(Victim.USER);
		byte[] dietBomb = Bombs.zip("Nutrition-Summary-2026-01-01-to-2026-12-31.csv", 300L << 20);
		byte[] fitbitBomb = Bombs.zip("Takeout/Fitbit/Global Export Data/heart_rate-2026-03-01.json", 300L << 20);
		byte[] rowGap = Bombs.xlsxRowGap();

		Uploads.assertRefused(stack, attacker, "myfitnesspal", "File-Export-2026.zip", dietBomb);
		Uploads.assertRefused(stack, attacker, "fitbit", "fitbit-export.zip", fitbitBomb);
		Uploads.assertRefused(stack, attacker, "dropbox", "ihealth.xlsx", rowGap);
		Uploads.assertPreviewRefused(stack, attacker, "ihealth.xlsx", rowGap);

		for (String provider : List.of("myfitnesspal", "fitbit", "dropbox")) {
			assertThat(attacker.getJson(stack.gateway().resolve("/api/connections/" + provider)).statusCode())
				.as("%s answers after the bomb", provider)
				.isEqualTo(200);
		}
		before.assertUnchangedIn(stored.of(Victim.USER));
	}

	@Test
	void pathTricksNeverLeaveTheirRoute() throws Exception {
		for (String path : List.of("/api/connections/fitbit/..%2F..%2F..%2Finternal%2Ffitbit%2Fimports",
				"/api/connections/fitbit/%2e%2e/%2e%2e/%2e%2e/internal/fitbit/imports",
				"/api/connections/fitbit/../../../internal/fitbit/imports",
				"/api/connections/myfitnesspal/..;/..;/..;/internal/myfitnesspal/imports",
				"/api/connections/strava/%5c..%5c..%5cinternal", "/webhooks/strava/..%2F..%2Factuator%2Finfo",
				"//evil.example/api/me", "/api/%2F%2Fevil.example/me")) {
			HttpResponse<String> response = attacker.exchange(
					HttpRequest.newBuilder(URI.create(stack.gateway() + path)).header("Accept", "application/json"),
					true);
			assertThat(response.statusCode()).as(path + ": " + response.body()).isIn(400, 404);
		}

		for (String returnTo : List.of("//evil.example", "/%2F%2Fevil.example", "/\\evil.example",
				"https://evil.example")) {
			HttpResponse<String> landing = new BrowserlessSession().signIn(stack.gateway(),
					"/login?returnTo=" + URLEncoder.encode(returnTo, StandardCharsets.UTF_8), "alex", "alex");
			assertThat(landing.uri().getAuthority()).as(returnTo).isEqualTo(stack.gateway().getAuthority());
		}
	}

	@Test
	void refusesStateChangingCallsWithoutTheCsrfHeader() throws Exception {
		StoredData.Snapshot before = stored.of(Victim.USER);
		String settings = "{\"timeZone\":\"Pacific/Kiritimati\",\"units\":\"imperial\"}";
		List<HttpRequest.Builder> calls = List.of(
				json(HttpRequest.newBuilder(api("/api/me/settings")).PUT(body(settings))),
				json(HttpRequest.newBuilder(api("/api/connections/strava/sync")).POST(body("{}"))),
				json(HttpRequest.newBuilder(api("/api/connections/strava")).DELETE()),
				json(HttpRequest.newBuilder(api("/api/connections/dropbox/profiles/x")).DELETE()),
				json(HttpRequest.newBuilder(api("/api/connections/dropbox/settings"))
					.method("PATCH", body("{\"folder\":\"/x\"}"))));
		for (BrowserlessSession session : List.of(attacker, victim.session())) {
			for (HttpRequest.Builder call : calls) {
				HttpResponse<String> response = session.exchange(call.copy(), false);
				assertThat(response.statusCode()).as(response.request() + ": " + response.body()).isEqualTo(403);
				assertThat(json.readTree(response.body()).path("type").asString()).endsWith("/csrf");
			}
		}
		HttpResponse<String> logout = victim.session()
			.exchange(HttpRequest.newBuilder(api("/logout"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(body("")), false);
		assertThat(logout.statusCode()).isEqualTo(403);
		assertThat(victim.session().getJson(api("/api/me")).statusCode()).isEqualTo(200);
		before.assertUnchangedIn(stored.of(Victim.USER));
	}

	@Test
	void anotherUsersIdsAreNotFound() throws Exception {
		StoredData.Snapshot before = stored.of(Victim.USER);
		for (Map.Entry<String, String> id : victim.ids().entrySet()) {
			URI uri = api(id.getKey() + id.getValue());
			assertThat(victim.session().getJson(uri).statusCode()).as("the victim's own " + uri).isEqualTo(200);
			HttpResponse<String> response = attacker.getJson(uri);
			assertThat(response.statusCode()).as(uri + ": " + response.body()).isEqualTo(404);
			assertThat(response.body()).doesNotContain(Victim.USER);
		}
		String profile = victim.ids().get("/api/connections/dropbox/profiles/");
		assertThat(attacker.delete(api("/api/connections/dropbox/profiles/" + profile)).statusCode()).isEqualTo(404);
		before.assertUnchangedIn(stored.of(Victim.USER));
	}

	private static void assertRefused(HttpResponse<String> response, Integer... statuses) {
		assertThat(response.statusCode()).as(response.request() + ": " + response.body()).isIn((Object[]) statuses);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
	}

	private static String stravaEvent(String objectType, long objectId, String aspect, String updates) {
		return """
				{"object_type":"%s","object_id":%d,"aspect_type":"%s","updates":%s,"owner_id":%d,
				 "subscription_id":1,"event_time":%d}""".formatted(objectType, objectId, aspect, updates,
				Victim.ATHLETE_ID, Instant.now().getEpochSecond());
	}

	private static HttpResponse<String> post(URI uri, String contentType, byte[] body, Map<String, String> headers)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri)
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		headers.forEach(request::header);
		return outsider.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpRequest.Builder json(HttpRequest.Builder request) {
		return request.header("Content-Type", "application/json").header("Accept", "application/json");
	}

	private static HttpRequest.BodyPublisher body(String text) {
		return HttpRequest.BodyPublishers.ofString(text);
	}

	private static URI service(int defaultPort, String path) {
		return URI.create("http://127.0.0.1:" + (defaultPort + LocalStack.PORT_OFFSET) + path);
	}

	private static URI api(String path) {
		return stack.gateway().resolve(path);
	}

}

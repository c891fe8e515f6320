package health.falcon.systemtests;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.awaitility.Awaitility;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The abuse suite's victim, {@code casey}: signed in, with Strava connected (athlete
 * 2345678 at the sandbox), a MyFitnessPal diary export, a blood-pressure file, a Fitbit
 * export and a mapping profile, so that every kind of stored data and every kind of id
 * exists to be attacked. Other system tests never touch this account.
 *
 * @param session the victim's signed-in browser
 * @param athleteId the victim's Strava athlete id
 * @param ids the ids of the victim's own resources by API path prefix
 */
record Victim(BrowserlessSession session, long athleteId, Map<String, String> ids) {

	static final String USER = "casey";

	static final long ATHLETE_ID = 2345678;

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final String NUTRITION = """
			Date,Meal,Calories,Fat (g),Saturated Fat,Polyunsaturated Fat,Monounsaturated Fat,Trans Fat,Cholesterol,Sodium (mg),Potassium,Carbohydrates (g),Fiber,Sugar,Protein (g),Vitamin A,Vitamin C,Calcium,Iron,Note
			2026-03-12,Breakfast,388,11,3,1,2,0,15,350,370,52,6,15,20,2,10,10,7,
			2026-03-12,Dinner,702,25,7,2,9,0,90,980,600,71,8,9,41,0,15,6,12,
			""";

	private static final String WITHINGS = """
			Date,"Heart rate",Systolic,Diastolic,Comments
			"2026-03-12 07:40:00",61,126,81,
			"2026-03-12 21:10:00",66,131,84,
			""";

	/**
	 * Sign the victim in and give them data (a second run over the same
	 * {@code FALCON_HOME} connects Strava afresh and finds the files already imported).
	 */
	static Victim prepare(LocalStack stack) throws Exception {
		BrowserlessSession session = new BrowserlessSession();
		assertThat(session.signIn(stack.gateway(), "/login", USER, USER).statusCode()).isEqualTo(200);
		connectStrava(stack, session);
		Map<String, String> ids = Map.of("/api/connections/myfitnesspal/imports/",
				imported(stack, session, "myfitnesspal", "Nutrition-Summary-2026-03-12-to-2026-03-12.csv",
						NUTRITION.getBytes(StandardCharsets.UTF_8), Map.of()),
				"/api/connections/dropbox/imports/",
				imported(stack, session, "dropbox", "bp.csv", WITHINGS.getBytes(StandardCharsets.UTF_8), Map.of()),
				"/api/connections/fitbit/imports/",
				imported(stack, session, "fitbit", "fitbit-export.zip", fitbitExport(stack),
						Map.of("timeZone", "Europe/Berlin")),
				"/api/connections/dropbox/profiles/", profile(stack, session));
		return new Victim(session, ATHLETE_ID, ids);
	}

	private static void connectStrava(LocalStack stack, BrowserlessSession session) throws Exception {
		URI strava = stack.gateway().resolve("/api/connections/strava");
		// A rerun on the same FALCON_HOME meets a sandbox that forgot the old
		// tokens: start from a fresh connection.
		assertThat(session.delete(stack.gateway().resolve("/api/connections/strava?purge=true")).statusCode()).isIn(204,
				404, 409);
		HttpResponse<String> authorizePage = session
			.navigate(stack.gateway().resolve("/api/connections/strava/authorize"));
		HttpResponse<String> landing = session.submitForm(authorizePage, "form[method=post]",
				Map.of("athlete_id", Long.toString(ATHLETE_ID)));
		assertThat(landing.uri().getQuery()).contains("result=connected");
		Awaitility.await("the victim's Strava backfill")
			.atMost(Duration.ofMinutes(3))
			.pollInterval(Duration.ofSeconds(2))
			.until(() -> json.readTree(session.getJson(strava).body()),
					(node) -> "ACTIVE".equals(node.path("status").asString())
							&& node.path("backfill").path("completed").asBoolean());
	}

	private static String imported(LocalStack stack, BrowserlessSession session, String provider, String fileName,
			byte[] content, Map<String, String> fields) throws Exception {
		String imports = "/api/connections/" + provider + "/imports";
		HttpResponse<String> accepted = session.postMultipart(stack.gateway().resolve(imports), fileName, content,
				fields);
		assertThat(accepted.statusCode()).as(accepted.body()).isIn(200, 202);
		String id = json.readTree(accepted.body()).path("id").asString();
		Awaitility.await("the victim's " + provider + " import")
			.atMost(Duration.ofMinutes(2))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> json.readTree(session.getJson(stack.gateway().resolve(imports + "/" + id)).body())
				.path("status")
				.asString(), (status) -> !status.matches("QUEUED|RUNNING|"));
		return id;
	}

	private static byte[] fitbitExport(LocalStack stack) throws Exception {
		HttpResponse<byte[]> export = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(stack.sandbox().resolve("/google-health/sandbox/fitbit-export.zip?days=2"))
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(export.statusCode()).isEqualTo(200);
		return export.body();
	}

	private static String profile(LocalStack stack, BrowserlessSession session) throws Exception {
		URI profiles = stack.gateway().resolve("/api/connections/dropbox/profiles");
		JsonNode existing = json.readTree(session.getJson(profiles).body());
		if (existing.isArray() && !existing.isEmpty()) {
			return existing.get(0).path("id").asString();
		}
		HttpResponse<String> saved = session.postJson(profiles, """
				{"name": "Casey's cuff", "columns": {"date": "Datum", "systolic": "SYS", "diastolic": "DIA"},
				 "dateFormat": "dd.MM.yyyy HH:mm"}""");
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
		return json.readTree(saved.body()).path("id").asString();
	}

}

package health.falcon.systemtests;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import health.falcon.testsupport.UserDocuments;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code DELETE /api/me?confirm=<sub>} through the gateway: {@code erin} (a devstack
 * account no other test uses) connects the sandbox's Dropbox (blood pressure, HRV, and a
 * MyFitnessPal export handed to diet-service), uploads a file and stores settings; a
 * confirmation naming another user deletes nothing; then the deletion answers what every
 * service removed, and no document of the suite's MongoDB contains erin's id in any field
 * any more, while every document of the other users that existed before is still there.
 */
class AccountDeletionSystemTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final String USER = "erin";

	private static LocalStack stack;

	@BeforeAll
	static void startStack() {
		stack = LocalStack.get();
	}

	@Test
	void deletesEveryDocumentOfTheUserAndNothingOfOthers() throws Exception {
		BrowserlessSession erin = signedIn(USER);
		String sub = json.readTree(erin.getJson(api("/api/me")).body()).path("sub").asString();
		assertThat(sub).isNotBlank();
		connectsDropbox(erin);
		uploads(erin);
		assertThat(erin.putJson(api("/api/me/settings"), """
				{"timeZone": "Europe/Berlin", "units": "metric"}
				""").statusCode()).isEqualTo(200);
		try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + (27017 + LocalStack.PORT_OFFSET))) {
			MongoDatabase database = client.getDatabase("falcon");
			assertThat(UserDocuments.collectionsMentioning(database, sub)).contains("connections", "blood_pressure",
					"imported_files", "user_settings");
			Set<String> others = UserDocuments.documentsNotMentioning(database, sub,
					Set.of("rate_limits", "oauth_states"));

			HttpResponse<String> refused = erin.delete(api("/api/me?confirm=demo"));
			assertThat(refused.statusCode()).isEqualTo(400);
			assertThat(refused.body()).contains("confirmation-required");
			assertThat(UserDocuments.collectionsMentioning(database, sub)).contains("blood_pressure");

			HttpResponse<String> deleted = erin.delete(api("/api/me?confirm=" + sub));

			assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(200);
			JsonNode removed = json.readTree(deleted.body()).path("removed");
			assertThat(removed.propertyNames()).contains("fitness-service", "fitbit-service", "diet-service",
					"dropbox-ingest", "backend-data", "backend-server");
			assertThat(removed.path("dropbox-ingest").path("connections").asLong()).isEqualTo(1);
			assertThat(removed.path("backend-server").path("user_settings").asLong()).isEqualTo(1);
			assertThat(UserDocuments.collectionsMentioning(database, sub)).isEmpty();
			assertThat(UserDocuments.documentsNotMentioning(database, sub, Set.of("rate_limits", "oauth_states")))
				.containsAll(others);
			HttpResponse<String> again = erin.delete(api("/api/me?confirm=" + sub));
			assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
			assertThat(UserDocuments.collectionsMentioning(database, sub)).isEmpty();
		}
	}

	private static void connectsDropbox(BrowserlessSession session) throws Exception {
		Instant connecting = Instant.now();
		HttpResponse<String> authorizePage = session.navigate(api("/api/connections/dropbox/authorize"));
		HttpResponse<String> landing = session.submitForm(authorizePage, "form[method=post]",
				Map.of("account", "demo"));
		assertThat(landing.uri().getQuery()).contains("result=connected");
		Awaitility.await("the first sync of the seeded folder finished")
			.atMost(Duration.ofMinutes(3))
			.pollInterval(Duration.ofSeconds(2))
			.until(() -> json.readTree(session.getJson(api("/api/connections/dropbox")).body()),
					(node) -> "ACTIVE".equals(node.path("status").asString())
							&& node.path("lastRun").path("status").asString().matches("SUCCEEDED|FAILED")
							&& Instant.parse(node.path("lastRun").path("startedAt").asString()).isAfter(connecting));
	}

	private static void uploads(BrowserlessSession session) throws Exception {
		byte[] csv = """
				Date,"Heart rate",Systolic,Diastolic,Comments
				"2026-03-10 07:46:02",62,123,78,
				""".getBytes(StandardCharsets.UTF_8);
		HttpResponse<String> accepted = session.postMultipart(api("/api/connections/dropbox/imports"), "erin.csv", csv,
				Map.of());
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
		String id = json.readTree(accepted.body()).path("id").asString();
		Awaitility.await("the upload was imported")
			.atMost(Duration.ofMinutes(1))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> json.readTree(session.getJson(api("/api/connections/dropbox/imports/" + id)).body())
				.path("status")
				.asString(), (status) -> status.matches("SUCCEEDED|DUPLICATE"));
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

package health.falcon.systemtests;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uploads a hostile file as a signed-in user and asserts that the import refuses it: at
 * once with a 4xx problem, or accepted and then ended with a report that names the limit
 * it broke, never imported.
 */
final class Uploads {

	private static final JsonMapper json = JsonMapper.builder().build();

	private Uploads() {
	}

	static void assertRefused(LocalStack stack, BrowserlessSession session, String provider, String fileName,
			byte[] content) throws Exception {
		String imports = "/api/connections/" + provider + "/imports";
		HttpResponse<String> answer = session.postMultipart(stack.gateway().resolve(imports), fileName, content,
				"fitbit".equals(provider) ? Map.of("timeZone", "Europe/Berlin") : Map.of());
		if (answer.statusCode() != 202) {
			assertProblem(answer, provider);
			return;
		}
		String id = json.readTree(answer.body()).path("id").asString();
		URI status = stack.gateway().resolve(imports + "/" + id);
		JsonNode report = Awaitility.await(provider + " import of the bomb ends")
			.atMost(Duration.ofMinutes(2))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> json.readTree(session.getJson(status).body()),
					(node) -> !node.path("status").asString().matches("QUEUED|RUNNING|"));
		assertThat(report.path("status").asString()).as(report.toString()).isNotEqualTo("SUCCEEDED");
		// the report names the configuration property whose limit the file broke
		assertThat(report.toString()).as(report.toString()).containsPattern("exceeds falcon\\.[a-z.-]+");
	}

	static void assertPreviewRefused(LocalStack stack, BrowserlessSession session, String fileName, byte[] content)
			throws Exception {
		byte[] profile = """
				{"name": "Bomb", "columns": {"date": "Date", "systolic": "SYS(mmHg)", "diastolic": "DIA(mmHg)"},
				 "dateFormat": "yyyy-MM-dd HH:mm"}""".getBytes(StandardCharsets.UTF_8);
		HttpResponse<String> answer = session
			.exchange(
					Multipart
						.request(stack.gateway().resolve("/api/connections/dropbox/profiles/preview"),
								List.of(new Multipart.Part("profile", null, "application/json", profile),
										new Multipart.Part("file", fileName, "application/octet-stream", content))),
					true);
		assertProblem(answer, "the profile preview");
	}

	private static void assertProblem(HttpResponse<String> answer, String what) {
		assertThat(answer.statusCode()).as(what + ": " + answer.body()).isBetween(400, 499);
		assertThat(answer.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
	}

}

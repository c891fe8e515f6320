package health.falcon.systemtests;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uploads a MyFitnessPal Nutrition Summary with one bad row through the gateway to
 * diet-service and reads the per-row report.
 */
class FileImportSystemTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final String NUTRITION = """
			Date,Meal,Calories,Fat (g),Saturated Fat,Polyunsaturated Fat,Monounsaturated Fat,Trans Fat,Cholesterol,Sodium (mg),Potassium,Carbohydrates (g),Fiber,Sugar,Protein (g),Vitamin A,Vitamin C,Calcium,Iron,Note
			2026-03-10,Breakfast,412,12.5,3,1,2,0,15,380,370,55,6,17,21,2,10,10,7,run %d
			2026-03-10,Lunch,650,22,6,2,9,0,80,910,600,70,8,9,38,0,15,6,12,
			2026-03-10,Dinner,not-a-number,22,6,2,9,0,80,910,600,70,8,9,38,0,15,6,12,
			""";

	private static LocalStack stack;

	@BeforeAll
	static void startStack() {
		stack = LocalStack.get();
	}

	@Test
	void importsTheDiaryExportAndReportsTheBadRow() throws Exception {
		BrowserlessSession demo = new BrowserlessSession();
		assertThat(demo.signIn(stack.gateway(), "/login", "demo", "demo").statusCode()).isEqualTo(200);

		// the note makes the content new on every run of the same FALCON_HOME,
		// so it is never a duplicate
		String nutrition = NUTRITION.formatted(System.nanoTime());
		String fileName = "Nutrition-Summary-2026-03-10-to-2026-03-10.csv";
		HttpResponse<String> accepted = demo.postMultipart(api("/api/connections/myfitnesspal/imports"), fileName,
				nutrition.getBytes(StandardCharsets.UTF_8), Map.of());
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
		String id = json.readTree(accepted.body()).path("id").asString();
		JsonNode finished = Awaitility.await("import finished")
			.atMost(Duration.ofMinutes(1))
			.until(() -> json.readTree(demo.getJson(api("/api/connections/myfitnesspal/imports/" + id)).body()),
					(node) -> node.path("status").asString().matches("SUCCEEDED|FAILED"));

		assertThat(finished.path("status").asString()).as(finished.toString()).isEqualTo("SUCCEEDED");
		assertThat(finished.path("format").asString()).isEqualTo("MYFITNESSPAL_CSV");
		assertThat(finished.path("rowsImported").asLong()).isEqualTo(2);
		JsonNode file = finished.path("files").get(0);
		assertThat(file.path("name").asString()).isEqualTo(fileName);
		assertThat(file.path("kind").asString()).isEqualTo("NUTRITION");
		assertThat(file.path("rowsImported").asLong()).isEqualTo(2);
		assertThat(file.path("rowsSkipped").asLong()).isEqualTo(1);
		JsonNode error = finished.path("errors").get(0);
		assertThat(error.path("file").asString()).isEqualTo(fileName);
		assertThat(error.path("line").asLong()).isEqualTo(4);
	}

	@Test
	void importsABloodPressureFileAndExplainsTheRowItCouldNotUse() throws Exception {
		BrowserlessSession demo = new BrowserlessSession();
		assertThat(demo.signIn(stack.gateway(), "/login", "demo", "demo").statusCode()).isEqualTo(200);
		// the comment makes the content new on every run of the same FALCON_HOME,
		// so it is never a duplicate
		String withings = """
				Date,"Heart rate",Systolic,Diastolic,Comments
				"2026-03-10 07:46:02",62,123,78,%d
				"2026-03-09 13:10:11",88,,,
				""".formatted(System.nanoTime());

		HttpResponse<String> accepted = demo.postMultipart(api("/api/connections/dropbox/imports"), "bp.csv",
				withings.getBytes(StandardCharsets.UTF_8), Map.of());
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
		String id = json.readTree(accepted.body()).path("id").asString();
		JsonNode report = Awaitility.await("import finished")
			.atMost(Duration.ofMinutes(1))
			.until(() -> json.readTree(demo.getJson(api("/api/connections/dropbox/imports/" + id)).body()),
					(node) -> "SUCCEEDED".equals(node.path("status").asString()));

		assertThat(report.path("provider").asString()).isEqualTo("dropbox");
		assertThat(report.path("origin").asString()).isEqualTo("UPLOAD");
		assertThat(report.path("fileName").asString()).isEqualTo("bp.csv");
		assertThat(report.path("format").asString()).isEqualTo("WITHINGS_BP");
		assertThat(report.path("rowsImported").asLong()).isEqualTo(1);
		assertThat(report.path("rowsSkipped").asLong()).isEqualTo(1);
		assertThat(report.path("errors").get(0).path("line").asInt()).isEqualTo(3);
		assertThat(report.path("finishedAt").isNull()).isFalse();
	}

	private static URI api(String path) {
		return stack.gateway().resolve(path);
	}

}

package health.falcon.devstack.sandbox.dropbox;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import health.falcon.devstack.sandbox.common.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static health.falcon.devstack.sandbox.dropbox.DropboxFlow.APP_FOLDER;
import static health.falcon.devstack.sandbox.dropbox.DropboxFlow.body;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code list_folder}, {@code continue} (changes only, deletions, paging, reset),
 * {@code get_latest_cursor} and downloads. Changes go to {@code alex}, which is reset
 * after each test.
 */
@DropboxSandboxTest
class DropboxFilesIntegrationTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private TestClock clock;

	private DropboxFlow flow;

	@BeforeEach
	void setUp() {
		this.clock.set(TestClock.START);
		this.flow = new DropboxFlow(this.mvc);
	}

	@AfterEach
	void resetAlex() {
		assertThat(this.mvc.post().uri("/dropbox/sandbox/reset?account=alex").exchange()).hasStatusOk();
	}

	@Test
	void listFolderPagesThroughTheSeededAppFolderParentsFirst() {
		String token = this.flow.accessToken("demo");
		List<JsonNode> entries = new ArrayList<>();
		JsonNode page = body(this.flow.rpc("files/list_folder", token,
				"{\"path\":\"" + APP_FOLDER + "\",\"recursive\":true,\"limit\":10}"));
		entries.addAll(page.get("entries").valueStream().toList());
		int pages = 1;
		while (page.get("has_more").asBoolean()) {
			page = body(this.flow.rpc("files/list_folder/continue", token,
					"{\"cursor\":\"" + page.get("cursor").asString() + "\"}"));
			entries.addAll(page.get("entries").valueStream().toList());
			pages++;
		}
		assertThat(pages).isGreaterThan(2);
		assertThat(entries.get(0).get(".tag").asString()).isEqualTo("folder");
		assertThat(entries.get(0).get("path_lower").asString()).isEqualTo("/apps/falcon health");
		List<String> paths = entries.stream().map((e) -> e.get("path_display").asString()).toList();
		assertThat(paths).doesNotHaveDuplicates()
			.contains(APP_FOLDER + "/omron", APP_FOLDER + "/withings/bp.csv", APP_FOLDER + "/notes.txt",
					APP_FOLDER + "/myfitnesspal");
		JsonNode file = entries.stream()
			.filter((e) -> e.get("path_display").asString().endsWith("/notes.txt"))
			.findFirst()
			.orElseThrow();
		assertThat(file.get("id").asString()).startsWith("id:");
		assertThat(file.get("rev").asString()).matches("[0-9a-f]{9,}");
		assertThat(file.get("content_hash").asString()).matches("[0-9a-f]{64}");
		assertThat(file.get("server_modified").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
		assertThat(file.get("client_modified").asString()).isEqualTo(file.get("server_modified").asString());
		assertThat(file.get("size").asLong()).isPositive();
		assertThat(body(this.flow.rpc("files/list_folder/continue", token,
				"{\"cursor\":\"" + page.get("cursor").asString() + "\"}"))
			.get("entries")).isEmpty();
	}

	@Test
	void continueReturnsExactlyTheChangesSinceTheCursorIncludingDeletions() {
		String token = this.flow.accessToken("alex");
		JsonNode listing = body(this.flow.rpc("files/list_folder", token, "{\"path\":\"\",\"recursive\":true}"));
		assertThat(listing.get("has_more").asBoolean()).isFalse();
		String withings = APP_FOLDER + "/withings/bp.csv";
		assertThat(this.flow.put("alex", APP_FOLDER + "/new/today.csv", "Time,SYS,DIA,Pulse\n")).hasStatusOk();
		assertThat(this.flow.put("alex", withings, "Date,\"Heart rate\",Systolic,Diastolic,Comments\n")).hasStatusOk();
		assertThat(this.flow.delete("alex", withings)).hasStatusOk();
		JsonNode changes = body(this.flow.rpc("files/list_folder/continue", token,
				"{\"cursor\":\"" + listing.get("cursor").asString() + "\"}"));
		assertThat(changes.get("entries")
			.valueStream()
			.map((e) -> e.get(".tag").asString() + " " + e.get("path_lower").asString()))
			.containsExactly("folder /apps/falcon health/new", "file /apps/falcon health/new/today.csv",
					"deleted /apps/falcon health/withings/bp.csv");
		JsonNode none = body(this.flow.rpc("files/list_folder/continue", token,
				"{\"cursor\":\"" + changes.get("cursor").asString() + "\"}"));
		assertThat(none.get("entries")).isEmpty();
		assertThat(none.get("has_more").asBoolean()).isFalse();
	}

	@Test
	void latestCursorSeesOnlyLaterChangesWithinItsFolder() {
		String token = this.flow.accessToken("alex");
		String cursor = body(
				this.flow.rpc("files/list_folder/get_latest_cursor", token, "{\"path\":\"" + APP_FOLDER + "/omron\"}"))
			.get("cursor")
			.asString();
		this.flow.put("alex", APP_FOLDER + "/elsewhere.txt", "x");
		this.flow.put("alex", APP_FOLDER + "/omron/extra.csv", "y");
		JsonNode changes = body(this.flow.rpc("files/list_folder/continue", token, "{\"cursor\":\"" + cursor + "\"}"));
		assertThat(changes.get("entries").valueStream().map((e) -> e.get("name").asString()))
			.containsExactly("extra.csv");
	}

	@Test
	void resetAndForeignCursorsAreRefusedWithReset() {
		String token = this.flow.accessToken("alex");
		String cursor = body(this.flow.rpc("files/list_folder", token, "{\"path\":\"\"}")).get("cursor").asString();
		assertThat(this.mvc.post().uri("/dropbox/sandbox/reset?account=alex").exchange()).hasStatusOk();
		MvcTestResult stale = this.flow.rpc("files/list_folder/continue", token, "{\"cursor\":\"" + cursor + "\"}");
		assertThat(stale).hasStatus(409);
		assertThat(body(stale).get("error_summary").asString()).startsWith("reset/");
		assertThat(body(stale).get("error").get(".tag").asString()).isEqualTo("reset");
		assertThat(this.flow.rpc("files/list_folder/continue", token, "{\"cursor\":\"AAHnonsense\"}")).hasStatus(409);
		String demoCursor = body(this.flow.rpc("files/list_folder", this.flow.accessToken("demo"), "{\"path\":\"\"}"))
			.get("cursor")
			.asString();
		assertThat(this.flow.rpc("files/list_folder/continue", token, "{\"cursor\":\"" + demoCursor + "\"}"))
			.hasStatus(409);
	}

	@Test
	void unknownPathIsPathNotFoundAndAFileIsNotAFolder() {
		String token = this.flow.accessToken("demo");
		MvcTestResult missing = this.flow.rpc("files/list_folder", token, "{\"path\":\"/nope\"}");
		assertThat(missing).hasStatus(409)
			.bodyJson()
			.isLenientlyEqualTo(
					"{\"error_summary\":\"path/not_found/..\",\"error\":{\".tag\":\"path\",\"path\":{\".tag\":\"not_found\"}}}");
		assertThat(body(this.flow.rpc("files/list_folder", token, "{\"path\":\"" + APP_FOLDER + "/notes.txt\"}"))
			.get("error")
			.get("path")
			.get(".tag")
			.asString()).isEqualTo("not_folder");
	}

	@Test
	void badInputIsPlainText400() {
		String token = this.flow.accessToken("demo");
		assertThat(this.flow.rpc("files/list_folder", token, "{")).hasStatus(400)
			.bodyText()
			.contains("could not decode input as JSON");
		assertThat(this.flow.rpc("files/list_folder", token, "{\"path\":\"/\"}")).hasStatus(400)
			.bodyText()
			.contains("empty string");
		assertThat(this.flow.rpc("files/list_folder", token, "{\"path\":\"\",\"limit\":0}")).hasStatus(400);
		assertThat(this.flow.rpc("files/list_folder/continue", token, "{}")).hasStatus(400);
	}

	@Test
	void downloadReturnsTheBytesAndHeaderSafeMetadata() throws Exception {
		String token = this.flow.accessToken("alex");
		String path = APP_FOLDER + "/Müsli & Co.csv";
		JsonNode stored = body(this.flow.put("alex", path, "first"));
		this.flow.put("alex", path, "second version");
		MvcTestResult result = download(token, "{\"path\":\"/Apps/Falcon Health/M\\u00fcsli & Co.csv\"}");
		assertThat(result).hasStatusOk().hasContentType("application/octet-stream");
		assertThat(result.getResponse().getContentAsString()).isEqualTo("second version");
		String header = result.getResponse().getHeader("Dropbox-API-Result");
		assertThat(header).contains("M\\u00fcsli").matches("\\p{ASCII}+");
		JsonNode metadata = DropboxFlow.parse(header);
		assertThat(metadata.has(".tag")).isFalse();
		assertThat(metadata.get("path_display").asString()).isEqualTo(path);
		assertThat(metadata.get("content_hash").asString())
			.isEqualTo(ContentHash.of("second version".getBytes(StandardCharsets.UTF_8)));
		assertThat(metadata.get("id").asString()).isEqualTo(stored.get("id").asString());
		MvcTestResult old = download(token, "{\"path\":\"rev:" + stored.get("rev").asString() + "\"}");
		assertThat(old.getResponse().getContentAsString()).isEqualTo("first");
		MvcTestResult byId = download(token, "{\"path\":\"" + stored.get("id").asString() + "\"}");
		assertThat(byId.getResponse().getContentAsString()).isEqualTo("second version");
	}

	@Test
	void downloadAcceptsTheArgParameterAndRefusesMissingFilesAndFolders() {
		String token = this.flow.accessToken("demo");
		MvcTestResult viaParameter = this.mvc.post()
			.uri("/dropbox/content/2/files/download")
			.param("arg", "{\"path\":\"" + APP_FOLDER + "/notes.txt\"}")
			.header("Authorization", "Bearer " + token)
			.exchange();
		assertThat(viaParameter).hasStatusOk().bodyText().startsWith("Things to ask");
		MvcTestResult missing = download(token, "{\"path\":\"/Apps/Falcon Health/missing.csv\"}");
		assertThat(missing).hasStatus(409);
		assertThat(body(missing).get("error_summary").asString()).isEqualTo("path/not_found/..");
		assertThat(body(download(token, "{\"path\":\"/Apps/Falcon Health/omron\"}")).get("error")
			.get("path")
			.get(".tag")
			.asString()).isEqualTo("not_file");
	}

	@Test
	void sandboxUploadKeepsTheRawBodyWhateverItsContentType() {
		MvcTestResult stored = this.mvc.put()
			.uri("/dropbox/sandbox/files")
			.param("account", "alex")
			.param("path", APP_FOLDER + "/curl.csv")
			.contentType("application/x-www-form-urlencoded")
			.content("Time,SYS,DIA,Pulse\n")
			.exchange();
		assertThat(stored).hasStatusOk();
		assertThat(body(stored).get("size").asInt()).isEqualTo(19);
	}

	private MvcTestResult download(String token, String arg) {
		return this.mvc.post()
			.uri("/dropbox/content/2/files/download")
			.header("Authorization", "Bearer " + token)
			.header("Dropbox-API-Arg", arg)
			.exchange();
	}

}

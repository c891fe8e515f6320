package health.falcon.ingest.sample;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import health.falcon.ingest.imports.ImportStatus;
import health.falcon.ingest.restore.ExportArchives;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.assertj.RestTestClientResponse;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A {@code falcon-export} archive uploaded through the existing import endpoints: read by
 * the kit in the reader's place, reported like any import, a second upload a duplicate; a
 * restore-only reader refuses anything else on sight.
 */
class RestoreIntegrationTests extends IngestIntegrationSupport {

	static final String DAYS = "acme_restored_days";

	private static final String IMPORTS = "/api/connections/acme-archive/imports";

	private static final byte[] ARCHIVE = ExportArchives.archive()
		.collection(DAYS, "{\"_id\": \"alex/2026-03-29\", \"date\": \"2026-03-29\", \"steps\": 9000}",
				"{\"_id\": \"alex/2026-03-30\", \"date\": \"someday\"}",
				"{\"_id\": \"alex/2026-03-31\", \"date\": \"2026-03-31\", \"steps\": 7000}")
		.collection("imported_files",
				"{\"_id\": \"11aa\", \"provider\": \"acme\", \"fileName\": \"a.csv\", \"status\": \"SUCCEEDED\"}")
		.bytes();

	@Test
	void restoresAnArchiveUploadedThroughTheImportEndpointAndReportsEveryRecord() {
		RestTestClientResponse accepted = upload(IMPORTS, "bob", "falcon-export-2026-12-06.zip", ARCHIVE);
		assertThat(accepted).hasStatus(202).bodyJson().extractingPath("$.status").isEqualTo("QUEUED");
		String id = id(accepted);
		RestTestClientResponse report = finished("bob", id);
		assertThat(report).bodyJson().extractingPath("$.status").isEqualTo("SUCCEEDED");
		assertThat(report).bodyJson().extractingPath("$.format").isEqualTo("FALCON_EXPORT");
		assertThat(report).bodyJson().extractingPath("$.rowsImported").isEqualTo(3);
		assertThat(report).bodyJson().extractingPath("$.rowsSkipped").isEqualTo(1);
		assertThat(report).bodyJson().extractingPath("$.errors[0].line").isEqualTo(3);
		assertThat(report).bodyJson().extractingPath("$.errors[0].file").isEqualTo("collections/" + DAYS + ".json");
		assertThat(this.mongo.getCollection(DAYS).find(new Document("userId", "bob")))
			.extracting((day) -> day.get("_id"))
			.containsExactlyInAnyOrder("bob/2026-03-29", "bob/2026-03-31");
		// the acme reader's provider is the service's too: its record comes back for bob
		assertThat(this.mongo.getCollection("imported_files")
			.countDocuments(new Document("userId", "bob").append("provider", "acme"))).isOne();
		RestTestClientResponse again = upload(IMPORTS, "bob", "copy.zip", ARCHIVE);
		assertThat(again).hasStatus(202).bodyJson().extractingPath("$.status").isEqualTo("DUPLICATE");
		assertThat(this.mongo.getCollection(DAYS).countDocuments(new Document("userId", "bob"))).isEqualTo(2);
	}

	@Test
	void restoresThroughAReaderOfItsOwnFilesWithoutAskingTheReader() {
		// acme's reader refuses anything that starts with BIN on sight and reads
		// key,value
		// lines; the archive is read by the kit instead
		String id = id(upload("/api/connections/myfitnesspal/imports", "casey", "export.zip", ARCHIVE));
		assertThat(finished("casey", id)).bodyJson().extractingPath("$.format").isEqualTo("FALCON_EXPORT");
		assertThat(this.mongo.getCollection(DAYS).countDocuments(new Document("userId", "casey"))).isEqualTo(2);
		assertThat(this.mongo.getCollection(AcmeImportReader.ROWS).countDocuments()).isZero();
	}

	@Test
	void refusesAnythingButAnArchiveOnARestoreOnlyReader() {
		RestTestClientResponse refused = upload(IMPORTS, "bob", "a.csv", "a,1\n".getBytes());
		assertThat(refused).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(refused).bodyJson()
			.extractingPath("$.type")
			.isEqualTo("https://falcon.health/problems/invalid-upload");
		assertThat(refused).bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("Only a Falcon export archive (falcon-export) can be imported through acme-archive.");
		RestTestClientResponse takeout = upload(IMPORTS, "bob", "takeout.zip",
				ExportArchives.withManifest("{\"format\": \"takeout\"}").bytes());
		assertThat(takeout).hasStatus(400);
	}

	@Test
	void showsARestoreOnlyToItsUser() {
		String id = id(upload(IMPORTS, "bob", "falcon-export.zip", ExportArchives.archive().bytes()));
		finished("bob", id);
		assertThat(get(IMPORTS + "/" + id, "casey")).hasStatus(404);
		assertThat(this.mongo.getCollection(DAYS).countDocuments(new Document("userId", "casey"))).isZero();
	}

	private RestTestClientResponse finished(String user, String id) {
		await().atMost(Duration.ofSeconds(20)).until(() -> {
			Document record = this.mongo.getCollection("imported_files").find(new Document("_id", id)).first();
			return record != null && ImportStatus.valueOf(record.getString("status")).finished();
		});
		return get(IMPORTS.replace("acme-archive", provider(id)) + "/" + id, user);
	}

	private String provider(String id) {
		return this.mongo.getCollection("imported_files").find(new Document("_id", id)).first().getString("provider");
	}

	private RestTestClientResponse upload(String path, String user, String name, byte[] content) {
		MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
		body.add("file", new ByteArrayResource(content) {

			@Override
			public String getFilename() {
				return name;
			}

		});
		return RestTestClientResponse.from(this.client.post()
			.uri(path)
			.headers((headers) -> headers.addAll(auth(user)))
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(body)
			.exchange());
	}

	private RestTestClientResponse get(String path, String user) {
		return RestTestClientResponse
			.from(this.client.get().uri(path).headers((headers) -> headers.addAll(auth(user))).exchange());
	}

	private static String id(RestTestClientResponse response) {
		List<String> ids = new ArrayList<>();
		assertThat(response).bodyJson().extractingPath("$.id").satisfies((id) -> ids.add((String) id));
		return ids.get(0);
	}

}

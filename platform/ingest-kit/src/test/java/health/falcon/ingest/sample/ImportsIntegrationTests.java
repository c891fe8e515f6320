package health.falcon.ingest.sample;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import health.falcon.ingest.handoff.HandOffFormat;
import health.falcon.ingest.handoff.HandOffRecords;
import health.falcon.ingest.imports.ImportAccepted;
import health.falcon.ingest.imports.ImportHandOffClient;
import health.falcon.ingest.imports.ImportStatus;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.assertj.RestTestClientResponse;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.support.RestClientAdapter;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * The kit's file imports end to end in a servlet app with a sample reader: every status,
 * every refusal, scoping to the user and the provider, duplicates, and the hand-off
 * contract called through its HTTP interface.
 */
class ImportsIntegrationTests extends IngestIntegrationSupport {

	private static final String IMPORTS = "/api/connections/acme/imports";

	@Autowired
	private List<AcmeImportReader> readers;

	@LocalServerPort
	private int port;

	@AfterEach
	void releaseWaitingImports() {
		this.readers.forEach(AcmeImportReader::release);
	}

	@Test
	void importsAnUploadAndReportsRowsAndRejectedLines() {
		RestTestClientResponse response = upload(IMPORTS, "alex", "readings.csv", "a,1\nbroken\nb,2\n", null);
		assertThat(response).hasStatus(202);
		String id = id(response);
		assertThat(response).headers().hasValue(HttpHeaders.LOCATION, IMPORTS + "/" + id);
		RestTestClientResponse report = finished("alex", id);
		assertThat(report).bodyJson().extractingPath("$.status").isEqualTo("SUCCEEDED");
		assertThat(report).bodyJson().extractingPath("$.provider").isEqualTo("acme");
		assertThat(report).bodyJson().extractingPath("$.origin").isEqualTo("UPLOAD");
		assertThat(report).bodyJson().extractingPath("$.fileName").isEqualTo("readings.csv");
		assertThat(report).bodyJson().extractingPath("$.size").isEqualTo(15);
		assertThat(report).bodyJson().extractingPath("$.format").isEqualTo("ACME_CSV");
		assertThat(report).bodyJson().extractingPath("$.rowsImported").isEqualTo(2);
		assertThat(report).bodyJson().extractingPath("$.rowsSkipped").isEqualTo(1);
		assertThat(report).bodyJson().extractingPath("$.errors[0].line").isEqualTo(2);
		assertThat(report).bodyJson().extractingPath("$.files[0].kind").isEqualTo("KEY_VALUE");
		assertThat(report).bodyJson().extractingPath("$.zone").isEqualTo("UTC");
		assertThat(report).bodyJson().extractingPath("$.zoneAssumed").isEqualTo(true);
		assertThat(report).bodyJson().extractingPath("$.progress.done").isEqualTo(3);
		assertThat(report).bodyJson().extractingPath("$.finishedAt").isNotNull();
		assertThat(this.mongo.getCollection(AcmeImportReader.ROWS).countDocuments()).isEqualTo(2);
	}

	@Test
	void readsWallTimesInTheChosenZone() {
		String id = id(upload(IMPORTS, "alex", "paris.csv", "a,1\n", "Europe/Paris"));
		assertThat(finished("alex", id)).bodyJson().extractingPath("$.zoneAssumed").isEqualTo(false);
		assertThat(this.mongo.getCollection(AcmeImportReader.ROWS).find().first()).containsEntry("zone",
				"Europe/Paris");
	}

	@Test
	void recognisesTheSameContentWithTheSameOptionsAsADuplicate() {
		String first = id(upload(IMPORTS, "alex", "a.csv", "a,1\n", null));
		finished("alex", first);
		RestTestClientResponse again = upload(IMPORTS, "alex", "copy.csv", "a,1\n", null);
		assertThat(again).hasStatus(202).bodyJson().extractingPath("$.status").isEqualTo("DUPLICATE");
		assertThat(get(IMPORTS + "/" + id(again), "alex")).bodyJson().extractingPath("$.duplicateOf").isEqualTo(first);
		assertThat(upload(IMPORTS, "alex", "a.csv", "a,1\n", "Asia/Tokyo")).bodyJson()
			.extractingPath("$.status")
			.isEqualTo("QUEUED");
		assertThat(upload(IMPORTS, "casey", "a.csv", "a,1\n", null)).bodyJson()
			.extractingPath("$.status")
			.isEqualTo("QUEUED");
	}

	@Test
	void reportsEveryWayAReaderEndsAnImport() {
		assertThat(status("UNSUPPORTED\n")).isEqualTo("UNSUPPORTED");
		assertThat(status("HANDOFF\n")).isEqualTo("HANDED_OFF");
		assertThat(status("REFUSE\n")).isEqualTo("FAILED");
		String broken = id(upload(IMPORTS, "alex", "boom.csv", "BOOM\n", null));
		assertThat(finished("alex", broken)).bodyJson()
			.extractingPath("$.reason")
			.asString()
			.startsWith("the import broke off unexpectedly");
	}

	@Test
	void refusesEmptyAndForeignUploadsBeforeQueueing() {
		assertProblem(upload(IMPORTS, "alex", "empty.csv", "", null), 400, "invalid-upload");
		RestTestClientResponse binary = upload(IMPORTS, "alex", "x.bin", "BIN\u0000", null);
		assertProblem(binary, 400, "invalid-upload");
		assertThat(binary).bodyJson().extractingPath("$.detail").isEqualTo("The upload is not a text file.");
		assertProblem(upload(IMPORTS, "alex", "big.csv", "a,".repeat(600), null), 413, "payload-too-large");
		assertProblem(upload(IMPORTS, "alex", "a.csv", "a,1\n", "Mars/Olympus"), 400, "invalid-time-zone");
		assertProblem(upload("/api/connections/nobody/imports", "alex", "a.csv", "a,1\n", null), 404,
				"unknown-provider");
		assertThat(this.mongo.getCollection("imported_files").countDocuments()).isZero();
	}

	@Test
	void capsTheImportsOfOneUserAndTheQueue() {
		this.readers.forEach(AcmeImportReader::hold);
		String running = id(upload(IMPORTS, "alex", "w1.csv", "WAIT\n1,1\n", null));
		await().untilAsserted(() -> assertThat(get(IMPORTS + "/" + running, "alex")).bodyJson()
			.extractingPath("$.status")
			.isEqualTo("RUNNING"));
		assertThat(upload(IMPORTS, "alex", "w2.csv", "WAIT\n2,2\n", null)).hasStatus(202);
		RestTestClientResponse third = upload(IMPORTS, "alex", "w3.csv", "WAIT\n3,3\n", null);
		assertProblem(third, 429, "too-many-imports");
		assertThat(third).headers().hasValue(HttpHeaders.RETRY_AFTER, "30");
		assertProblem(upload(IMPORTS, "casey", "w4.csv", "WAIT\n4,4\n", null), 503, "import-queue-full");
	}

	@Test
	void showsOnlyTheUsersImportsThroughTheProviderNewestFirst() {
		String older = id(upload(IMPORTS, "alex", "1.csv", "a,1\n", null));
		finished("alex", older);
		this.clock.set(START.plusSeconds(60));
		String newer = id(upload(IMPORTS, "alex", "2.csv", "b,2\n", null));
		finished("alex", newer);
		assertThat(get(IMPORTS + "?limit=5", "alex")).bodyJson()
			.extractingPath("$[*].id")
			.isEqualTo(List.of(newer, older));
		assertThat(get(IMPORTS, "casey")).bodyJson().isEqualTo("[]");
		assertThat(get("/api/connections/myfitnesspal/imports", "alex")).bodyJson().isEqualTo("[]");
		assertProblem(get(IMPORTS + "/" + older, "casey"), 404, "import-not-found");
		assertProblem(get("/api/connections/myfitnesspal/imports/" + older, "alex"), 404, "import-not-found");
		assertProblem(get(IMPORTS + "/unknown", "alex"), 404, "import-not-found");
		assertThat(get(IMPORTS + "?limit=0", "alex")).hasStatus(400);
	}

	@Test
	void acceptsAHandOffThroughTheDeclaredContract() {
		byte[] content = "a,1\n".getBytes(StandardCharsets.UTF_8);
		String sha256 = sha256(content);
		this.mongo.getCollection(HandOffRecords.COLLECTION)
			.insertOne(new Document("_id", "record-1").append("userId", "alex")
				.append("provider", "dropbox")
				.append("origin", "DROPBOX")
				.append("sha256", sha256));
		new HandOffRecords(this.mongo).classify("record-1", "alex", HandOffFormat.MYFITNESSPAL, sha256);
		ImportHandOffClient client = handOffClient();
		ImportAccepted accepted = client.handOver("myfitnesspal", "record-1", "alex", file("diary.csv", content));
		assertThat(accepted.status()).isEqualTo(ImportStatus.QUEUED);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> ImportStatus.valueOf((String) finishedView("alex", accepted.id()).get("status")).finished());
		RestTestClientResponse report = get("/api/connections/myfitnesspal/imports/" + accepted.id(), "alex");
		assertThat(report).bodyJson().extractingPath("$.status").isEqualTo("SUCCEEDED");
		assertThat(report).bodyJson().extractingPath("$.origin").isEqualTo("HANDOFF");
		assertThat(report).bodyJson().extractingPath("$.fileName").isEqualTo("diary.csv");
	}

	@Test
	void refusesAHandOffThatNoRecordOfTheUserJustifies() {
		byte[] content = "a,1\n".getBytes(StandardCharsets.UTF_8);
		this.mongo.getCollection(HandOffRecords.COLLECTION)
			.insertOne(new Document("_id", "record-2").append("userId", "alex")
				.append("provider", "myfitnesspal")
				.append("origin", "UPLOAD")
				.append("sha256", sha256(content))
				.append("handOff", new Document("format", "MYFITNESSPAL").append("sha256", sha256(content))));
		ImportHandOffClient client = handOffClient();
		// a record of another service's own upload justifies nothing
		assertThatExceptionOfType(HttpClientErrorException.NotFound.class)
			.isThrownBy(() -> client.handOver("myfitnesspal", "record-2", "alex", file("a.csv", content)));
		// acme receives no hand-offs at all
		assertThatExceptionOfType(HttpClientErrorException.NotFound.class)
			.isThrownBy(() -> client.handOver("acme", "record-2", "alex", file("a.csv", content)));
		// a user token never reaches the internal path
		RestTestClientResponse user = upload("/internal/myfitnesspal/imports?record=record-2&user=alex", "alex",
				"a.csv", "a,1\n", null);
		assertThat(user).hasStatus(403);
		assertThat(this.mongo.getCollection(AcmeImportReader.ROWS).countDocuments()).isZero();
	}

	private ImportHandOffClient handOffClient() {
		RestClient rest = RestClient.builder()
			.baseUrl("http://localhost:" + this.port)
			.defaultHeader(HttpHeaders.AUTHORIZATION, serviceBearer("falcon-ingest"))
			.build();
		return HttpServiceProxyFactory.builderFor(RestClientAdapter.create(rest))
			.build()
			.createClient(ImportHandOffClient.class);
	}

	private String status(String content) {
		String id = id(upload(IMPORTS, "alex", "x.csv", content, null));
		finished("alex", id);
		return (String) finishedView("alex", id).get("status");
	}

	private RestTestClientResponse finished(String user, String id) {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> ImportStatus.valueOf((String) finishedView(user, id).get("status")).finished());
		return get(IMPORTS + "/" + id, user);
	}

	private Document finishedView(String user, String id) {
		Document record = this.mongo.getCollection("imported_files").find(new Document("_id", id)).first();
		assertThat(record).isNotNull();
		assertThat(record.getString("userId")).isEqualTo(user);
		return record;
	}

	private static String id(RestTestClientResponse response) {
		List<String> ids = new ArrayList<>();
		assertThat(response).bodyJson().extractingPath("$.id").satisfies((id) -> ids.add((String) id));
		return ids.get(0);
	}

	private static void assertProblem(RestTestClientResponse response, int status, String slug) {
		assertThat(response).hasStatus(status).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response).bodyJson().extractingPath("$.type").isEqualTo("https://falcon.health/problems/" + slug);
	}

	private RestTestClientResponse upload(String path, String user, String name, String content, String timeZone) {
		MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
		body.add("file", file(name, content.getBytes(StandardCharsets.UTF_8)));
		if (timeZone != null) {
			body.add("timeZone", timeZone);
		}
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

	private static Resource file(String name, byte[] content) {
		return new ByteArrayResource(content) {

			@Override
			public String getFilename() {
				return name;
			}

		};
	}

	private static String sha256(byte[] content) {
		try {
			return java.util.HexFormat.of()
				.formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

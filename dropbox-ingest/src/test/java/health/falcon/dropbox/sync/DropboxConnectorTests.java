package health.falcon.dropbox.sync;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import health.falcon.dropbox.config.DropboxProperties;
import health.falcon.dropbox.handoff.ExportHandOff;
import health.falcon.dropbox.imports.ImportProperties;
import health.falcon.ingest.api.IngestOperations;
import health.falcon.ingest.config.IngestProperties;
import health.falcon.ingest.config.ProviderRequestFactories;
import health.falcon.ingest.handoff.HandOffRecords;
import health.falcon.ingest.imports.FileImports;
import health.falcon.ingest.imports.ImportReader;
import health.falcon.ingest.imports.ImportedFiles;
import health.falcon.ingest.spi.OAuthConventions.ClientAuthentication;
import health.falcon.ingest.spi.OAuthConventions.GrantedScopesSource;
import health.falcon.ingest.spi.SyncTrigger;
import health.falcon.ingest.spi.TokenGrant;
import health.falcon.ingest.time.Sleeper;
import health.falcon.documents.settings.UserZones;
import health.falcon.testsupport.ConnectorTestProperties;
import health.falcon.testsupport.RecordingSyncContext;
import health.falcon.testsupport.WireMocks;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.RestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;

/**
 * The connector against a WireMock Dropbox with the real shapes (provider-apis.md 3) and
 * an in-process MongoDB, through the real import pipeline. The kit's own behaviour
 * (token, budget, 401 and 429 handling) is replaced by a plain client here: these tests
 * show what reaches the kit; {@code DropboxIngestIntegrationTests} runs the kit.
 */
@SpringJUnitConfig(DropboxConnectorTests.Config.class)
class DropboxConnectorTests {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);

	private static final MongoServer mongoServer = new MongoServer(new MemoryBackend());

	private static final MongoClient mongoClient = MongoClients.create(mongoServer.bindAndGetConnectionString());

	private static final WireMockServer dropbox = WireMocks.started();

	private static final List<Duration> waits = new ArrayList<>();

	private static final String LIST = "/2/files/list_folder";

	private static final String CONTINUE = "/2/files/list_folder/continue";

	private static final String DOWNLOAD = "/content/2/files/download";

	@Autowired
	private DropboxConnector connector;

	@Autowired
	private MongoTemplate mongo;

	@MockitoBean
	private IngestOperations ingest;

	@MockitoBean
	private ExportHandOff handOff;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("falcon.dropbox.content-base-url", () -> dropbox.baseUrl() + "/content");
		registry.add("falcon.dropbox.imports.max-upload-size", () -> "2KB");
		registry.add("falcon.ingest.encryption.active-key-id", () -> "k1");
		registry.add("falcon.ingest.encryption.keys", () -> "k1:FlTdVxL1dbk8bLBM1AR6xGBwcqa16eIe/ddOktMsDuA=");
		registry.add("falcon.ingest.state.secret", () -> "test-only-state-signing-secret-0123456789");
		registry.add("falcon.ingest.public-base-url", () -> ConnectorTestProperties.PUBLIC_BASE_URL);
		registry.add("falcon.ingest.retry.initial-delay", () -> "500ms");
	}

	@BeforeEach
	void reset() {
		dropbox.resetAll();
		waits.clear();
		this.mongo.getDb().drop();
	}

	@AfterAll
	static void stop() {
		dropbox.stop();
		mongoClient.close();
		mongoServer.shutdownNow();
	}

	@Test
	void declaresDropboxsOAuthConventions() {
		assertThat(this.connector.providerId()).isEqualTo("dropbox");
		assertThat(this.connector.oauthConventions().scopeSeparator()).isEqualTo(" ");
		assertThat(this.connector.oauthConventions().pkce()).isTrue();
		assertThat(this.connector.oauthConventions().grantedScopesSource())
			.isEqualTo(GrantedScopesSource.TOKEN_RESPONSE);
		assertThat(this.connector.oauthConventions().clientAuthentication())
			.isEqualTo(ClientAuthentication.CLIENT_SECRET_BASIC);
		assertThat(this.connector.oauthConventions().authorizationParameters())
			.containsExactly(Map.entry("token_access_type", "offline"));
	}

	@Test
	void takesTheAccountIdOfTheTokenResponse() {
		assertThat(this.connector.accountId(grant(Map.of("account_id", "dbid:AAAAtest", "uid", "12345"))))
			.isEqualTo("dbid:AAAAtest");
		assertThat(this.connector.accountId(grant(Map.of()))).isNull();
	}

	@Test
	void listsTheWatchedFolderRecursivelyAndPagesWhileHasMore() {
		String first = withings(3);
		String second = withings(2);
		stub(post(LIST), okJson(DropboxJson.page("c1", true, DropboxJson.folder("/Apps/Falcon Health/2026"),
				DropboxJson.file("id:a", "/Apps/Falcon Health/2026/bp.csv", "015a1", first))));
		stubContinue("c1", okJson(DropboxJson.page("c2", false,
				DropboxJson.file("id:b", "/Apps/Falcon Health/more.csv", "015b1", second))));
		stubDownload("015a1", first);
		stubDownload("015b1", second);
		RecordingSyncContext context = context();
		this.connector.sync(context);
		dropbox.verify(postRequestedFor(urlPathEqualTo(LIST)).withRequestBody(equalToJson("""
				{"path":"/Apps/Falcon Health","recursive":true,"include_deleted":false,"limit":500}""")));
		assertThat(context.advances()).containsExactly("files=0:c1+3", "files=0:c2+2");
		assertThat(context.archived()).containsExactly("list-folder-page", "list-folder-page");
		assertThat(count("blood_pressure")).isEqualTo(5);
		Document record = record("id:a");
		assertThat(record.getString("origin")).isEqualTo("DROPBOX");
		assertThat(record.getString("path")).isEqualTo("/apps/falcon health/2026/bp.csv");
		assertThat(record.getString("rev")).isEqualTo("015a1");
		assertThat(record.getString("contentHash")).hasSize(64);
		assertThat(record.getString("status")).isEqualTo("SUCCEEDED");
		assertThat(record.getString("format")).isEqualTo("WITHINGS_BP");
		Document source = this.mongo.getCollection("blood_pressure").find().first().get("source", Document.class);
		assertThat(source.getString("origin")).isEqualTo("DROPBOX");
		assertThat(source.getString("dropboxId")).isIn("id:a", "id:b");
		assertThat(source.getBoolean("deleted")).isFalse();
	}

	@Test
	void continuesFromTheStoredCursorWithoutRescanning() {
		stubContinue("c9", okJson(DropboxJson.page("c10", false)));
		RecordingSyncContext context = context();
		context.cursors().put("files", "0:c9");
		this.connector.sync(context);
		dropbox.verify(0, postRequestedFor(urlPathEqualTo(LIST)));
		assertThat(context.advances()).containsExactly("files=0:c10+0");
	}

	@Test
	void listsAgainWhenDropboxResetsTheCursor() {
		stubContinue("stale",
				aResponse().withStatus(409)
					.withHeader("Content-Type", "application/json")
					.withBody(DropboxJson.error("reset/..", "{\".tag\":\"reset\"}")));
		stub(post(LIST), okJson(DropboxJson.page("fresh", false)));
		RecordingSyncContext context = context();
		context.cursors().put("files", "0:stale");
		this.connector.sync(context);
		assertThat(context.advances()).containsExactly("files=0:fresh+0");
	}

	@Test
	void failsTheRunWithFolderNotFoundAndMovesNoCursor() {
		stub(post(LIST), aResponse().withStatus(409)
			.withHeader("Content-Type", "application/json")
			.withBody(
					DropboxJson.error("path/not_found/...", "{\".tag\":\"path\",\"path\":{\".tag\":\"not_found\"}}")));
		RecordingSyncContext context = context();
		assertThatExceptionOfType(FolderNotFoundException.class).isThrownBy(() -> this.connector.sync(context))
			.withMessageStartingWith("folder not found");
		assertThat(context.advances()).isEmpty();
	}

	@Test
	void retriesServerErrorsOfTheReadOnlyPosts() {
		dropbox.stubFor(post(CONTINUE).inScenario("5xx")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(503))
			.willSetStateTo("up"));
		dropbox.stubFor(post(CONTINUE).inScenario("5xx")
			.whenScenarioStateIs("up")
			.willReturn(okJson(DropboxJson.page("c2", false))));
		RecordingSyncContext context = context();
		context.cursors().put("files", "0:c1");
		this.connector.sync(context);
		assertThat(context.advances()).containsExactly("files=0:c2+0");
		assertThat(waits).containsExactly(Duration.ofMillis(500));
	}

	@Test
	void givesUpOnServerErrorsAfterTheConfiguredAttempts() {
		stubContinue("c1", aResponse().withStatus(500));
		RecordingSyncContext context = context();
		context.cursors().put("files", "0:c1");
		assertThatExceptionOfType(HttpServerErrorException.class).isThrownBy(() -> this.connector.sync(context));
		dropbox.verify(4, postRequestedFor(urlPathEqualTo(CONTINUE)));
		assertThat(context.advances()).isEmpty();
	}

	@Test
	void downloadsTheListedRevisionWithAHeaderSafeArgumentAndNoJsonBody() {
		String content = withings(1);
		listOnce(DropboxJson.file("id:u", "/Apps/Falcon Health/Blutdr\u00fcck.csv", "0a1b2c3d4", content));
		dropbox.stubFor(post(DOWNLOAD).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/octet-stream")
			.withHeader("Dropbox-API-Result",
					"{\"name\":\"Blutdr\\u00fcck.csv\",\"id\":\"id:u\",\"rev\":\"0a1b2c3d4\",\"size\":%d}"
						.formatted(content.length()))
			.withBody(content)));
		this.connector.sync(context());
		dropbox.verify(postRequestedFor(urlPathEqualTo(DOWNLOAD))
			.withHeader("Dropbox-API-Arg", equalTo("{\"path\":\"rev:0a1b2c3d4\"}"))
			.withHeader("Authorization", equalTo("Bearer test-token"))
			.withHeader("Content-Type", absent()));
		assertThat(record("id:u").getString("fileName")).isEqualTo("Blutdr\u00fcck.csv");
		assertThat(count("blood_pressure")).isEqualTo(1);
	}

	@Test
	void putsAReadThatBrokeOffOnTheRetryList() {
		String content = "Date,Weight\n2026-03-10,82.4\n";
		listOnce(DropboxJson.file("id:x", "/Apps/Falcon Health/Measurement-Summary.csv", "0x1", content));
		stubDownload("0x1", content);
		given(this.handOff.handOver(any(), any())).willThrow(new IllegalStateException("receiver client broke"));

		this.connector.sync(context());

		Document record = record("id:x");
		assertThat(record.getString("provider")).isEqualTo("dropbox");
		assertThat(record.getString("fileName")).isEqualTo("Measurement-Summary.csv");
		assertThat(record.getString("status")).isEqualTo("FAILED");
		assertThat(record.getString("reason"))
			.isEqualTo("the import broke off unexpectedly; it is tried again by the next sync");
		assertThat(record.getBoolean("retry")).isTrue();
		assertThat(record.getInteger("attempts")).isEqualTo(1);
	}

	@Test
	void recordsAContentHashMismatchAndDownloadsAgainInTheNextSync() {
		String content = withings(2);
		listOnce(DropboxJson.file("id:m", "/Apps/Falcon Health/bp.csv", "0m1", content));
		dropbox.stubFor(post(DOWNLOAD).inScenario("corrupt")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(200).withBody(content.replace("123", "124")))
			.willSetStateTo("fixed"));
		dropbox.stubFor(post(DOWNLOAD).inScenario("corrupt")
			.whenScenarioStateIs("fixed")
			.willReturn(aResponse().withStatus(200).withBody(content)));
		RecordingSyncContext first = context();
		this.connector.sync(first);
		assertThat(first.advances()).containsExactly("files=0:c1+0");
		Document failed = record("id:m");
		assertThat(failed.getString("status")).isEqualTo("FAILED");
		assertThat(failed.getString("reason")).startsWith("content hash mismatch");
		assertThat(failed.getBoolean("retry")).isTrue();
		assertThat(count("blood_pressure")).isZero();
		stubContinue("c1", okJson(DropboxJson.page("c2", false)));
		RecordingSyncContext second = context();
		second.cursors().putAll(first.cursors());
		this.connector.sync(second);
		assertThat(record("id:m").getString("status")).isEqualTo("SUCCEEDED");
		assertThat(record("id:m").getBoolean("retry")).isFalse();
		assertThat(count("blood_pressure")).isEqualTo(2);
		assertThat(second.written()).isEqualTo(2);
	}

	@Test
	void doesNotImportAnUnchangedFileAgain() {
		String content = withings(2);
		String entry = DropboxJson.file("id:s", "/Apps/Falcon Health/bp.csv", "0s1", content);
		listOnce(entry);
		stubDownload("0s1", content);
		RecordingSyncContext first = context();
		this.connector.sync(first);
		String moved = DropboxJson.file("id:s", "/Apps/Falcon Health/moved.csv", "0s1", content);
		stubContinue("c1", okJson(DropboxJson.page("c2", false, moved)));
		RecordingSyncContext second = context();
		second.cursors().putAll(first.cursors());
		this.connector.sync(second);
		dropbox.verify(1, postRequestedFor(urlPathEqualTo(DOWNLOAD)));
		assertThat(count("blood_pressure")).isEqualTo(2);
		assertThat(second.advances()).containsExactly("files=0:c2+0");
		assertThat(record("id:s").getString("path")).isEqualTo("/apps/falcon health/moved.csv");
	}

	@Test
	void replacesTheRowsOfAnEarlierRevision() {
		String before = withings(2);
		String after = withings(3).replace("123", "133");
		listOnce(DropboxJson.file("id:r", "/Apps/Falcon Health/bp.csv", "0r1", before));
		stubDownload("0r1", before);
		RecordingSyncContext first = context();
		this.connector.sync(first);
		assertThat(count("blood_pressure")).isEqualTo(2);
		stubContinue("c1", okJson(
				DropboxJson.page("c2", false, DropboxJson.file("id:r", "/Apps/Falcon Health/bp.csv", "0r2", after))));
		stubDownload("0r2", after);
		RecordingSyncContext second = context();
		second.cursors().putAll(first.cursors());
		this.connector.sync(second);
		assertThat(count("blood_pressure")).isEqualTo(3);
		assertThat(this.mongo.getCollection("blood_pressure").find().into(new ArrayList<>()))
			.allSatisfy((row) -> assertThat(row.get("source", Document.class).getString("rev")).isEqualTo("0r2"))
			.allSatisfy((row) -> assertThat(row.get("systolic")).isEqualTo(133));
		Document record = record("id:r");
		assertThat(record.getString("importedRev")).isEqualTo("0r2");
		assertThat(record.getLong("rowsImported")).isEqualTo(3);
		assertThat(this.mongo.getCollection("imported_files").countDocuments()).isEqualTo(1);
	}

	@Test
	void marksTheRowsOfADeletedFileAndKeepsThem() {
		String content = withings(2);
		listOnce(DropboxJson.file("id:d", "/Apps/Falcon Health/old/bp.csv", "0d1", content));
		stubDownload("0d1", content);
		RecordingSyncContext first = context();
		this.connector.sync(first);
		stubContinue("c1", okJson(DropboxJson.page("c2", false, DropboxJson.deleted("/Apps/Falcon Health/old"))));
		RecordingSyncContext second = context();
		second.cursors().putAll(first.cursors());
		this.connector.sync(second);
		assertThat(count("blood_pressure")).isEqualTo(2);
		assertThat(this.mongo.getCollection("blood_pressure").find().into(new ArrayList<>())).allSatisfy((row) -> {
			Document source = row.get("source", Document.class);
			assertThat(source.getBoolean("deleted")).isTrue();
			assertThat(source.getDate("deletedAt")).isEqualTo(Date.from(CLOCK.instant()));
		});
		assertThat(record("id:d").getBoolean("deleted")).isTrue();
	}

	@Test
	void importsTheGoodRowsOfAHalfBadFile() {
		String content = """
				Date,"Heart rate",Systolic,Diastolic,Comments
				"2026-03-10 07:46:02",62,123,78,
				"2026-03-09 07:46:02",62,abc,78,
				"2026-03-08 07:46:02",62,121,77,
				""";
		listOnce(DropboxJson.file("id:h", "/Apps/Falcon Health/bp.csv", "0h1", content));
		stubDownload("0h1", content);
		this.connector.sync(context());
		Document record = record("id:h");
		assertThat(record.getString("status")).isEqualTo("SUCCEEDED");
		assertThat(record.getLong("rowsImported")).isEqualTo(2);
		assertThat(record.getLong("rowsSkipped")).isEqualTo(1);
		assertThat(record.getList("errors", Document.class)).hasSize(1);
	}

	@Test
	void skipsLargeFilesAndNonDownloadableFilesWithAReason() {
		listOnce(DropboxJson.file("id:big", "/Apps/Falcon Health/huge.csv", "0g1", 5_000_000, "0".repeat(64)),
				DropboxJson.file("id:doc", "/Apps/Falcon Health/notes.paper", "0p1", "x")
					.replace("\"is_downloadable\":true", "\"is_downloadable\":false"));
		RecordingSyncContext context = context();
		this.connector.sync(context);
		dropbox.verify(0, postRequestedFor(urlPathEqualTo(DOWNLOAD)));
		assertThat(record("id:big").getString("status")).isEqualTo("SKIPPED");
		assertThat(record("id:big").getString("reason")).startsWith("larger than the import limit");
		assertThat(record("id:doc").getString("status")).isEqualTo("SKIPPED");
		assertThat(context.advances()).containsExactly("files=0:c1+0");
	}

	@Test
	void recordsARefusedDownloadAndGoesOn() {
		String content = withings(1);
		listOnce(DropboxJson.file("id:gone", "/Apps/Falcon Health/gone.csv", "0x1", "abc"),
				DropboxJson.file("id:ok", "/Apps/Falcon Health/ok.csv", "0o1", content));
		stub(post(DOWNLOAD).withHeader("Dropbox-API-Arg", equalTo("{\"path\":\"rev:0x1\"}")), aResponse()
			.withStatus(409)
			.withBody(DropboxJson.error("path/not_found/..", "{\".tag\":\"path\",\"path\":{\".tag\":\"not_found\"}}")));
		stubDownload("0o1", content);
		this.connector.sync(context());
		assertThat(record("id:gone").getString("status")).isEqualTo("FAILED");
		assertThat(record("id:gone").getString("reason")).contains("path/not_found");
		assertThat(record("id:ok").getString("status")).isEqualTo("SUCCEEDED");
	}

	@Test
	void quarantinesAFileEntryWithoutItsIdentity() {
		listOnce("{\".tag\":\"file\",\"name\":\"x.csv\",\"path_lower\":\"/apps/falcon health/x.csv\"}");
		RecordingSyncContext context = context();
		this.connector.sync(context);
		assertThat(context.quarantined())
			.containsExactly("/apps/falcon health/x.csv: file entry without id, rev, path or content_hash");
	}

	@Test
	void purgesDropboxRowsAndRecordsButKeepsUploads() {
		String content = withings(2);
		listOnce(DropboxJson.file("id:p", "/Apps/Falcon Health/bp.csv", "0p1", content));
		stubDownload("0p1", content);
		this.connector.sync(context());
		this.mongo.getCollection("blood_pressure")
			.insertOne(new Document("_id", "upload-row").append("userId", "demo")
				.append("source", new Document("origin", "UPLOAD")));
		this.mongo.getCollection("imported_files")
			.insertOne(new Document("_id", "upload").append("userId", "demo")
				.append("provider", "dropbox")
				.append("origin", "UPLOAD"));
		// another service's record of a synced file in the shared collection
		this.mongo.getCollection("imported_files")
			.insertOne(new Document("_id", "other").append("userId", "demo")
				.append("provider", "myfitnesspal")
				.append("origin", "DROPBOX"));
		assertThat(this.connector.purge("demo")).isEqualTo(2);
		assertThat(count("blood_pressure")).isEqualTo(1);
		assertThat(this.mongo.getCollection("imported_files").distinct("_id", String.class))
			.containsExactlyInAnyOrder("upload", "other");
	}

	@Test
	void revokesWithANullBody() {
		stub(post("/2/auth/token/revoke"), okJson("null"));
		this.connector.revoke(context());
		dropbox.verify(postRequestedFor(urlPathEqualTo("/2/auth/token/revoke")).withRequestBody(equalTo("null")));
	}

	@Test
	void revocationIsBestEffort() {
		stub(post("/2/auth/token/revoke"), aResponse().withStatus(500));
		this.connector.revoke(context());
		dropbox.verify(postRequestedFor(urlPathEqualTo("/2/auth/token/revoke")));
	}

	private void listOnce(String... entries) {
		stub(post(LIST), okJson(DropboxJson.page("c1", false, entries)));
	}

	private static void stubContinue(String cursor, ResponseDefinitionBuilder response) {
		dropbox.stubFor(
				post(CONTINUE).withRequestBody(equalToJson("{\"cursor\":\"" + cursor + "\"}")).willReturn(response));
	}

	private static void stubDownload(String rev, String content) {
		stub(post(DOWNLOAD).withHeader("Dropbox-API-Arg", equalTo("{\"path\":\"rev:" + rev + "\"}")),
				aResponse().withStatus(200)
					.withHeader("Content-Type", "application/octet-stream")
					.withBody(content.getBytes(StandardCharsets.UTF_8)));
	}

	private static void stub(MappingBuilder request, ResponseDefinitionBuilder response) {
		dropbox.stubFor(request.willReturn(response));
	}

	private static String withings(int rows) {
		StringBuilder csv = new StringBuilder("Date,\"Heart rate\",Systolic,Diastolic,Comments\n");
		for (int i = 0; i < rows; i++) {
			csv.append("\"2026-03-%02d 07:46:02\",62,123,78,\n".formatted(10 + i));
		}
		return csv.toString();
	}

	private long count(String collection) {
		return this.mongo.getCollection(collection).countDocuments();
	}

	private Document record(String dropboxId) {
		Document record = this.mongo.getCollection("imported_files").find(new Document("dropboxId", dropboxId)).first();
		assertThat(record).isNotNull();
		return record;
	}

	private static RecordingSyncContext context() {
		return new Http11SyncContext();
	}

	private static TokenGrant grant(Map<String, Object> additional) {
		return new TokenGrant("a", "r", null, Set.of(), additional);
	}

	/**
	 * The recording context over HTTP/1.1, as the kit's own client speaks it (the JDK
	 * client's default h2c upgrade of a POST confuses WireMock).
	 */
	static class Http11SyncContext extends RecordingSyncContext {

		private final RestClient api = RestClient.builder()
			.baseUrl(dropbox.baseUrl())
			.requestFactory(ProviderRequestFactories
				.create(new IngestProperties.Http(Duration.ofSeconds(5), Duration.ofSeconds(30))))
			.defaultHeader("Authorization", "Bearer test-token")
			.build();

		Http11SyncContext() {
			super("demo", SyncTrigger.SCHEDULE, dropbox.baseUrl(), CLOCK, "dbid:AAAAtest");
		}

		@Override
		public RestClient api() {
			return this.api;
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ComponentScan({ "health.falcon.dropbox.imports", "health.falcon.dropbox.store", "health.falcon.dropbox.sync",
			"health.falcon.dropbox.settings", "health.falcon.dropbox.profiles" })
	@EnableConfigurationProperties({ ImportProperties.class, DropboxProperties.class, IngestProperties.class })
	static class Config {

		@Bean
		MongoTemplate mongoTemplate() {
			return new MongoTemplate(mongoClient, "falcon");
		}

		@Bean
		Clock clock() {
			return CLOCK;
		}

		@Bean
		Sleeper sleeper() {
			return waits::add;
		}

		@Bean
		JsonMapper jsonMapper() {
			return JsonMapper.builder().build();
		}

		@Bean
		FileImports fileImports(List<ImportReader> readers, MongoTemplate mongo) {
			return new FileImports(readers, new ImportedFiles(mongo, CLOCK), new UserZones(mongo),
					new HandOffRecords(mongo));
		}

	}

}

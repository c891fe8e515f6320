package health.falcon.dropbox;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import health.falcon.ingest.api.IngestOperations;
import health.falcon.ingest.handoff.HandOffFormat;
import health.falcon.ingest.handoff.HandOffMismatchException;
import health.falcon.ingest.handoff.HandOffNotFoundException;
import health.falcon.ingest.handoff.HandOffParameters;
import health.falcon.ingest.handoff.HandOffRecords;
import health.falcon.ingest.spi.SyncTrigger;
import health.falcon.testsupport.ConnectorTestConfiguration;
import health.falcon.testsupport.ConnectorTestProperties;
import health.falcon.testsupport.ConnectorTestProperties.ProviderEndpoints;
import health.falcon.testsupport.RecordingSleeper;
import health.falcon.testsupport.InMemoryMongo;
import health.falcon.testsupport.WireMocks;
import health.falcon.testsupport.MutableClock;
import health.falcon.testsupport.ConnectFlows;
import health.falcon.testsupport.TestJwts;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.test.web.servlet.client.assertj.RestTestClientResponse;
import org.springframework.web.util.UriComponentsBuilder;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;

/**
 * dropbox-ingest with the real ingest kit over mongo-java-server, WireMock as Dropbox
 * (OAuth, RPC and content hosts, the real shapes of provider-apis.md 3), minted RS256
 * tokens, a controllable clock and a sleeper that moves it instead of sleeping: connect,
 * token refresh, 401 and 429 handling, the webhook, the folder settings and the file
 * list.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@Import(ConnectorTestConfiguration.class)
class DropboxSyncIntegrationTests {

	private static final Instant START = Instant.parse("2026-03-10T10:01:00Z");

	private static final String ACCOUNT = "dbid:AAAAtest";

	private static final String CSV = """
			Date,"Heart rate",Systolic,Diastolic,Comments
			"2026-03-10 07:46:02",62,123,78,
			"2026-03-09 07:46:02",64,125,79,
			""";

	private static final String MEASUREMENTS = "Date,Weight\n2026-03-10,82.4\n";

	private static final WireMockServer dropbox = WireMocks.started();

	private static final InMemoryMongo mongoServer = InMemoryMongo.start();

	@Autowired
	private RestTestClient client;

	@LocalServerPort
	private int port;

	@MockitoSpyBean
	private IngestOperations ingest;

	@Autowired
	private MutableClock clock;

	@Autowired
	private RecordingSleeper sleeper;

	@Autowired
	private MongoTemplate mongo;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		String base = dropbox.baseUrl();
		ConnectorTestProperties.ingestKit(registry, mongoServer);
		ConnectorTestProperties.provider(registry, "dropbox", new ProviderEndpoints(base + "/oauth2/authorize",
				base + "/oauth2/token", base + "/api", "app-key", "app-secret"));
		registry.add("falcon.dropbox.content-base-url", () -> base + "/content");
		registry.add("spring.http.serviceclient.diet-service.base-url", () -> base + "/diet");
		registry.add("spring.security.oauth2.client.provider.falcon.token-uri", () -> base + "/idp/token");
		registry.add("spring.security.oauth2.client.registration.falcon-ingest.client-secret", () -> "ingest-secret");
	}

	@BeforeEach
	void resetWorld() {
		dropbox.resetAll();
		this.clock.set(START);
		this.sleeper.reset();
		this.mongo.getDb().drop();
	}

	@AfterAll
	static void stop() {
		dropbox.stop();
		mongoServer.close();
	}

	@Test
	void redirectsToDropboxWithItsConventions() {
		URI location = redirect("/api/connections/dropbox/authorize", "demo");
		assertThat(location.toString()).startsWith(dropbox.baseUrl() + "/oauth2/authorize?");
		Map<String, String> query = UriComponentsBuilder.fromUri(location).build().getQueryParams().toSingleValueMap();
		assertThat(query).containsEntry("client_id", "app-key")
			.containsEntry("response_type", "code")
			.containsEntry("token_access_type", "offline")
			.containsEntry("code_challenge_method", "S256")
			.containsKey("code_challenge")
			.containsKey("state");
		assertThat(decode(query.get("scope"))).isEqualTo("files.metadata.read files.content.read");
	}

	@Test
	void connectsWithBasicAuthAndPkceAndSyncsTheWatchedFolder() {
		stubToken(14400);
		stubFolder();
		URI result = connect("demo");
		assertThat(result.toString()).endsWith("/connections?provider=dropbox&result=connected");
		String basic = Base64.getEncoder().encodeToString("app-key:app-secret".getBytes(StandardCharsets.UTF_8));
		dropbox.verify(
				postRequestedFor(urlPathEqualTo("/oauth2/token")).withHeader("Authorization", equalTo("Basic " + basic))
					.withRequestBody(containing("grant_type=authorization_code"))
					.withRequestBody(containing("code_verifier=")));
		awaitRun("demo");
		assertThat(rows("demo")).hasSize(2);
		Document connection = connection("demo");
		assertThat(connection.getString("accountId")).isEqualTo(ACCOUNT);
		assertThat(connection.get("cursors", Document.class).getString("files")).isEqualTo("0:c1");
		dropbox.verify(postRequestedFor(urlPathEqualTo("/api/2/files/list_folder"))
			.withHeader("Authorization", equalTo("Bearer a-1"))
			.withRequestBody(matchingJsonPath("$.path", equalTo("/Apps/Falcon Health"))));
		dropbox.verify(postRequestedFor(urlPathEqualTo("/content/2/files/download")).withHeader("Authorization",
				equalTo("Bearer a-1")));
	}

	@Test
	void refreshesWithTheSameRefreshTokenSinceDropboxDoesNotRotateIt() {
		stubToken(60);
		dropbox.stubFor(post(urlPathEqualTo("/oauth2/token")).withRequestBody(containing("grant_type=refresh_token"))
			.willReturn(okJson("""
					{"access_token":"a-2","token_type":"bearer","expires_in":14400}""")));
		stubFolder();
		connect("demo");
		awaitRun("demo");
		this.clock.advance(Duration.ofHours(5));
		syncNow("demo");
		await().untilAsserted(() -> dropbox.verify(2,
				postRequestedFor(urlPathEqualTo("/oauth2/token")).withRequestBody(containing("refresh_token=r-1"))));
		dropbox.verify(2, postRequestedFor(urlPathEqualTo("/oauth2/token"))
			.withRequestBody(containing("grant_type=refresh_token")));
		assertThat(connection("demo").get("refreshToken")).isNotNull();
		assertThat(connection("demo").getString("status")).isNotEqualTo("NEEDS_RECONNECT");
	}

	@Test
	void needsAReconnectWhenDropboxRefusesTheAccessToken() {
		stubToken(14400);
		dropbox.stubFor(post(urlPathEqualTo("/api/2/files/list_folder"))
			.willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json").withBody("""
					{"error_summary":"expired_access_token/..","error":{".tag":"expired_access_token"}}""")));
		connect("demo");
		await().untilAsserted(() -> assertThat(connection("demo").getString("status")).isEqualTo("NEEDS_RECONNECT"));
	}

	@Test
	void waitsAsLongAsATooManyRequestsAnswerSays() {
		stubToken(14400);
		stubFolder();
		String list = "/api/2/files/list_folder";
		dropbox.stubFor(post(urlPathEqualTo(list)).inScenario("limit")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(429)
				.withHeader("Retry-After", "7")
				.withHeader("Content-Type", "application/json")
				.withBody(
						"""
								{"error_summary":"too_many_requests/..","error":{"reason":{".tag":"too_many_requests"},"retry_after":7}}"""))
			.willSetStateTo("bare"));
		dropbox.stubFor(post(urlPathEqualTo(list)).inScenario("limit")
			.whenScenarioStateIs("bare")
			.willReturn(aResponse().withStatus(429))
			.willSetStateTo("text"));
		dropbox.stubFor(post(urlPathEqualTo(list)).inScenario("limit")
			.whenScenarioStateIs("text")
			.willReturn(aResponse().withStatus(429).withHeader("Content-Type", "text/plain").withBody("Too busy"))
			.willSetStateTo("ok"));
		dropbox.stubFor(post(urlPathEqualTo(list)).inScenario("limit")
			.whenScenarioStateIs("ok")
			.willReturn(okJson(page("bp.csv", CSV))));
		connect("demo");
		awaitRun("demo");
		assertThat(rows("demo")).hasSize(2);
		assertThat(this.sleeper.waits()).contains(Duration.ofSeconds(7), Duration.ofSeconds(1));
	}

	@Test
	void echoesTheWebhookChallengeAsPlainText() {
		RestTestClientResponse response = RestTestClientResponse
			.from(this.client.get().uri("/webhooks/dropbox?challenge=AbC-123_xyz").exchange());
		assertThat(response).hasStatusOk();
		assertThat(response).hasBodyTextEqualTo("AbC-123_xyz");
		assertThat(response).headers().hasValue("X-Content-Type-Options", "nosniff");
		assertThat(response).contentType().isCompatibleWith(MediaType.TEXT_PLAIN);
	}

	@Test
	void syncsTheChangesOfANotifiedAccountFromItsCursor() {
		stubToken(14400);
		stubFolder();
		connect("demo");
		awaitRun("demo");
		dropbox.stubFor(post(urlPathEqualTo("/api/2/files/list_folder/continue"))
			.withRequestBody(equalToJson("{\"cursor\":\"c1\"}"))
			.willReturn(okJson("""
					{"entries":[{".tag":"deleted","name":"bp.csv","path_lower":"/apps/falcon health/bp.csv",
					 "path_display":"/Apps/Falcon Health/bp.csv"}],"cursor":"c2","has_more":false}""")));
		String body = "{\"list_folder\": {\"accounts\": [\"" + ACCOUNT
				+ "\", \"dbid:nobody\"]}, \"delta\": {\"users\": [12345]}}";
		assertThat(notify(body, sign(body))).hasStatusOk();
		await().untilAsserted(() -> assertThat(rows("demo"))
			.allSatisfy((row) -> assertThat(row.get("source", Document.class).getBoolean("deleted")).isTrue()));
		dropbox.verify(1, postRequestedFor(urlPathEqualTo("/api/2/files/list_folder")));
	}

	@Test
	void ignoresANotificationForAnAccountNobodyConnected() {
		String body = "{\"list_folder\": {\"accounts\": [\"dbid:nobody\"]}, \"delta\": {\"users\": [1]}}";
		assertThat(notify(body, sign(body))).hasStatusOk();
		assertThat(this.mongo.getCollection("sync_runs").countDocuments()).isZero();
	}

	@Test
	void refusesNotificationsWithoutAValidSignatureBeforeParsingThem() {
		stubToken(14400);
		stubFolder();
		connect("demo");
		awaitRun("demo");
		String body = "{\"list_folder\": {\"accounts\": [\"" + ACCOUNT + "\"]}}";
		String malformed = "{\"list_folder\": ";
		assertProblem(notify(body, null), 401, "webhook-signature-missing");
		assertProblem(notify(malformed, null), 401, "webhook-signature-missing");
		assertProblem(notify(body, sign(body + " ")), 403, "webhook-verification-failed");
		assertProblem(notify(malformed, sign(body)), 403, "webhook-verification-failed");
		then(this.ingest).should(never()).userIdForAccount(anyString(), anyString());
		then(this.ingest).should(never()).requestSync(anyString(), anyString(), eq(SyncTrigger.WEBHOOK));
	}

	@Test
	void refusesNotificationsAboveTheLimitBeforeVerifyingThem() throws IOException, InterruptedException {
		stubToken(14400);
		stubFolder();
		connect("demo");
		awaitRun("demo");
		String oversized = "{\"list_folder\": {\"accounts\": [\"" + ACCOUNT + "\"]}, \"padding\": \""
				+ "x".repeat(64 * 1024) + "\"}";
		assertProblem(notify(oversized, sign(oversized)), 413, "payload-too-large");
		HttpResponse<String> chunked = notifyChunked(oversized, sign(oversized));
		assertThat(chunked.statusCode()).isEqualTo(413);
		assertThat(chunked.body()).contains("https://falcon.health/problems/payload-too-large");
		then(this.ingest).should(never()).requestSync(anyString(), anyString(), eq(SyncTrigger.WEBHOOK));
		// a chunked body under the limit is read, verified and parsed
		String body = "{\"list_folder\": {\"accounts\": [\"dbid:nobody\"]}}";
		assertThat(notifyChunked(body, sign(body)).statusCode()).isEqualTo(200);
		then(this.ingest).should().userIdForAccount("dropbox", "dbid:nobody");
	}

	@Test
	void refusesSignedNotificationsThatAreNotJson() {
		String malformed = "{\"list_folder\": ";
		assertProblem(notify(malformed, sign(malformed)), 400, "malformed-notification");
	}

	@Test
	void handsAMyFitnessPalExportOverUnderARecordTheReceiversCheckAccepts() {
		stubToken(14400);
		stubFolder("Measurement-Summary.csv", MEASUREMENTS);
		dropbox.stubFor(post(urlPathEqualTo("/idp/token")).willReturn(okJson("""
				{"access_token":"service-token","token_type":"Bearer","expires_in":300,"scope":"falcon.internal"}""")));
		dropbox
			.stubFor(post(urlPathEqualTo("/diet/internal/myfitnesspal/imports")).willReturn(aResponse().withStatus(202)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"id\":\"imp-1\",\"status\":\"QUEUED\"}")));
		connect("demo");
		awaitRun("demo");
		List<LoggedRequest> handOffs = dropbox
			.findAll(postRequestedFor(urlPathEqualTo("/diet/internal/myfitnesspal/imports")));
		assertThat(handOffs).hasSize(1);
		LoggedRequest handOff = handOffs.get(0);
		String recordId = handOff.queryParameter("record").firstValue();
		assertThat(handOff.queryParameter("user").firstValue()).isEqualTo("demo");
		assertThat(handOff.getHeader(HttpHeaders.AUTHORIZATION)).isEqualTo("Bearer service-token");
		ByteArrayResource sent = new ByteArrayResource(handOff.getPart("file").getBody().asBytes());
		// what diet-service checks before it accepts the file
		HandOffRecords receiver = new HandOffRecords(this.mongo);
		assertThatNoException().isThrownBy(
				() -> receiver.verify(new HandOffParameters(recordId, "demo"), HandOffFormat.MYFITNESSPAL, sent));
		assertThatExceptionOfType(HandOffNotFoundException.class).isThrownBy(
				() -> receiver.verify(new HandOffParameters(recordId, "intruder"), HandOffFormat.MYFITNESSPAL, sent));
		assertThatExceptionOfType(HandOffNotFoundException.class)
			.isThrownBy(() -> receiver.verify(new HandOffParameters(recordId, "demo"), HandOffFormat.FITBIT, sent));
		assertThatExceptionOfType(HandOffMismatchException.class)
			.isThrownBy(() -> receiver.verify(new HandOffParameters(recordId, "demo"), HandOffFormat.MYFITNESSPAL,
					new ByteArrayResource(CSV.getBytes(StandardCharsets.UTF_8))));
		Document record = this.mongo.findById(recordId, Document.class, "imported_files");
		assertThat(record).isNotNull();
		assertThat(record.getString("status")).isEqualTo("HANDED_OFF");
		assertThat(record.getString("origin")).isEqualTo("DROPBOX");
	}

	@Test
	void keepsTheWatchedFolderPerUserAndValidatesIt() {
		assertThat(api("/api/connections/dropbox/settings", "demo")).bodyJson()
			.isEqualTo("{\"folder\":\"/Apps/Falcon Health\"}");
		assertThat(put("demo", "{\"folder\":\"/Health/BP/\"}")).bodyJson().isEqualTo("{\"folder\":\"/Health/BP\"}");
		assertThat(api("/api/connections/dropbox/settings", "demo")).bodyJson()
			.isEqualTo("{\"folder\":\"/Health/BP\"}");
		assertThat(api("/api/connections/dropbox/settings", "alex")).bodyJson()
			.isEqualTo("{\"folder\":\"/Apps/Falcon Health\"}");
		for (String folder : List.of("relative", "/a/../b", "/..", "/" + "x".repeat(1000))) {
			RestTestClientResponse refused = put("demo", "{\"folder\":\"" + folder + "\"}");
			assertThat(refused).hasStatus(400);
			assertThat(refused).bodyJson().extractingPath("$.errors[0].field").isEqualTo("folder");
		}
		assertThat(put("demo", "{}")).hasStatus(400);
		assertThat(put("demo", "{\"folder\":\"/a..b/c\"}")).hasStatusOk();
	}

	@Test
	void listsTheNewFolderAfterTheUserChangesIt() {
		stubToken(14400);
		stubFolder();
		connect("demo");
		awaitRun("demo");
		assertThat(put("demo", "{\"folder\":\"/Health\"}")).hasStatusOk();
		await().untilAsserted(() -> dropbox.verify(postRequestedFor(urlPathEqualTo("/api/2/files/list_folder"))
			.withRequestBody(matchingJsonPath("$.path", equalTo("/Health")))));
		dropbox.verify(0, postRequestedFor(urlPathEqualTo("/api/2/files/list_folder/continue")));
		await().untilAsserted(() -> assertThat(connection("demo").get("cursors", Document.class).getString("files"))
			.isEqualTo("1:c1"));
	}

	@Test
	void listsEachUsersFilesNewestFirstAndOnlyTheirs() {
		stubToken(14400);
		stubFolder();
		connect("demo");
		awaitRun("demo");
		RestTestClientResponse files = api("/api/connections/dropbox/imports", "demo");
		assertThat(files).hasStatusOk();
		assertThat(files).bodyJson().extractingPath("$.length()").isEqualTo(1);
		assertThat(files).bodyJson().extractingPath("$[0].origin").isEqualTo("DROPBOX");
		assertThat(files).bodyJson().extractingPath("$[0].dropbox.dropboxId").isEqualTo("id:bp1");
		assertThat(files).bodyJson().extractingPath("$[0].dropbox.rev").isEqualTo("015a1");
		assertThat(files).bodyJson().extractingPath("$[0].rowsImported").isEqualTo(2);
		Document record = this.mongo.getCollection("imported_files").find().first();
		String id = record.getString("_id");
		assertThat(api("/api/connections/dropbox/imports/" + id, "demo")).hasStatusOk();
		assertThat(api("/api/connections/dropbox/imports/" + id, "alex")).hasStatus(404);
		assertThat(api("/api/connections/dropbox/imports", "alex")).bodyJson().isEqualTo("[]");
		assertThat(api("/api/connections/dropbox/imports?limit=0", "demo")).hasStatus(400);
		assertThat(api("/api/connections/dropbox/imports?limit=201", "demo")).hasStatus(400);
	}

	private void stubToken(int expiresIn) {
		dropbox
			.stubFor(post(urlPathEqualTo("/oauth2/token")).withRequestBody(containing("grant_type=authorization_code"))
				.willReturn(okJson("""
						{"access_token":"a-1","token_type":"bearer","expires_in":%d,"refresh_token":"r-1",
						 "scope":"files.metadata.read files.content.read","uid":"12345","account_id":"%s"}"""
					.formatted(expiresIn, ACCOUNT))));
	}

	private void stubFolder() {
		stubFolder("bp.csv", CSV);
	}

	private void stubFolder(String name, String content) {
		dropbox.stubFor(
				post(urlPathEqualTo("/api/2/files/list_folder")).atPriority(5).willReturn(okJson(page(name, content))));
		dropbox.stubFor(post(urlPathEqualTo("/content/2/files/download")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/octet-stream")
			.withHeader("Dropbox-API-Result", "{\"name\":\"%s\",\"id\":\"id:bp1\",\"rev\":\"015a1\"}".formatted(name))
			.withBody(content)));
	}

	private static String page(String name, String content) {
		return """
				{"entries":[{".tag":"file","name":"%1$s","path_lower":"/apps/falcon health/%2$s",
				 "path_display":"/Apps/Falcon Health/%1$s","id":"id:bp1","client_modified":"2026-03-10T07:00:00Z",
				 "server_modified":"2026-03-10T07:00:05Z","rev":"015a1","size":%3$d,"is_downloadable":true,
				 "content_hash":"%4$s"}],"cursor":"c1","has_more":false}""".formatted(name,
				name.toLowerCase(Locale.ROOT), content.length(), contentHash(content));
	}

	// one block: SHA-256 of the block's SHA-256
	private static String contentHash(String content) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			byte[] block = sha.digest(content.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(sha.digest(block));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String sign(String body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec("app-secret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private HttpResponse<String> notifyChunked(String body, String signature) throws IOException, InterruptedException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		// a body publisher of unknown length makes the client send it chunked
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/webhooks/dropbox"))
			.version(HttpClient.Version.HTTP_1_1)
			.header("X-Dropbox-Signature", signature)
			.header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static void assertProblem(RestTestClientResponse response, int status, String slug) {
		assertThat(response).hasStatus(status);
		assertThat(response).bodyJson().extractingPath("$.type").isEqualTo("https://falcon.health/problems/" + slug);
	}

	private RestTestClientResponse notify(String body, @Nullable String signature) {
		RestTestClient.RequestBodySpec request = this.client.post()
			.uri("/webhooks/dropbox")
			.contentType(MediaType.APPLICATION_JSON);
		if (signature != null) {
			request.header("X-Dropbox-Signature", signature);
		}
		return RestTestClientResponse.from(request.body(body).exchange());
	}

	private void awaitRun(String user) {
		await().untilAsserted(() -> assertThat(connection(user).getString("lastRunStatus")).isEqualTo("SUCCEEDED"));
	}

	private void syncNow(String user) {
		this.client.post()
			.uri("/api/connections/dropbox/sync")
			.header(HttpHeaders.AUTHORIZATION, TestJwts.bearer(user))
			.exchange()
			.expectStatus()
			.isAccepted();
	}

	private Document connection(String user) {
		Document connection = this.mongo.findById(user + ":dropbox", Document.class, "connections");
		assertThat(connection).isNotNull();
		return connection;
	}

	private List<Document> rows(String userId) {
		return this.mongo.getCollection("blood_pressure").find(new Document("userId", userId)).into(new ArrayList<>());
	}

	private URI connect(String user) {
		return ConnectFlows.connect(this.client, "dropbox", user, "");
	}

	private URI redirect(String path, String user) {
		return ConnectFlows.redirect(this.client, path, user);
	}

	private RestTestClientResponse api(String path, String user) {
		return RestTestClientResponse
			.from(this.client.get().uri(path).header(HttpHeaders.AUTHORIZATION, TestJwts.bearer(user)).exchange());
	}

	private RestTestClientResponse put(String user, String json) {
		return RestTestClientResponse.from(this.client.put()
			.uri("/api/connections/dropbox/settings")
			.header(HttpHeaders.AUTHORIZATION, TestJwts.bearer(user))
			.contentType(MediaType.APPLICATION_JSON)
			.body(json)
			.exchange());
	}

	private static String decode(String value) {
		return URLDecoder.decode(value, StandardCharsets.UTF_8);
	}

}

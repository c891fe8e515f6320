package health.falcon.dropbox.handoff;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import health.falcon.ingest.handoff.HandOffRecords;
import health.falcon.testsupport.MutableClock;
import health.falcon.testsupport.RecordingSleeper;
import org.bson.Document;
import health.falcon.ingest.time.Sleeper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.service.HttpServiceClientPropertiesAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.service.HttpServiceClientAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hand-off through the declared contract ({@code ImportHandOffClient} in the
 * {@code diet-service} and {@code fitbit-service} HTTP service groups, configured by
 * {@code spring.http.serviceclient.*} as Boot does) and the real OAuth2 client (client
 * credentials at a stubbed token endpoint), against stubbed receivers in WireMock, with
 * the file records in mongo-java-server. {@code @RestClientTest} does not configure HTTP
 * service groups, so this is a small {@code @SpringBootTest} with the groups'
 * auto-configuration.
 */
@SpringBootTest(classes = ExportHandOffTests.Config.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
class ExportHandOffTests {

	private static final String CONTENT = "Date,Weight\n2026-03-10,82.4\n";

	private static final WireMockServer server = start();

	private static final MongoServer mongoServer = new MongoServer(new MemoryBackend());

	private static final MongoClient mongoClient = MongoClients.create(mongoServer.bindAndGetConnectionString());

	private static final RecordingSleeper sleeper = new RecordingSleeper(
			new MutableClock(Instant.parse("2026-03-10T08:00:00Z")));

	@Autowired
	private MongoTemplate mongo;

	@Autowired
	private ExportHandOff handOff;

	@Autowired
	private OAuth2AuthorizedClientService authorizedClients;

	@TempDir
	Path temp;

	private Path file;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("spring.http.serviceclient.diet-service.base-url", () -> server.baseUrl() + "/diet");
		registry.add("spring.http.serviceclient.fitbit-service.base-url", () -> server.baseUrl() + "/fitbit");
		registry.add("falcon.dropbox.hand-off.busy-attempts", () -> "3");
		registry.add("falcon.dropbox.hand-off.max-busy-wait", () -> "20s");
	}

	@BeforeEach
	void setUp() throws IOException {
		server.resetAll();
		server.stubFor(post("/oauth2/token").willReturn(okJson("""
				{"access_token": "service-token", "token_type": "Bearer", "expires_in": 300,
				 "scope": "falcon.internal"}""")));
		// every test starts without a cached token
		this.authorizedClients.removeAuthorizedClient("falcon-ingest", "dropbox-ingest");
		sleeper.reset();
		this.file = Files.writeString(this.temp.resolve("upload"), CONTENT);
		this.mongo.getDb().drop();
	}

	@AfterAll
	static void stop() {
		server.stop();
		mongoClient.close();
		mongoServer.shutdownNow();
	}

	@Test
	void postsTheFileWithAServiceTokenForTheUserAndReportsTheImport() {
		server
			.stubFor(post(urlPathEqualTo("/diet/internal/myfitnesspal/imports")).willReturn(aResponse().withStatus(202)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"id\": \"imp-7\", \"status\": \"QUEUED\"}")));

		HandOffResult first = handOver("rec-1", "auth0|u1", ForeignFormat.MYFITNESSPAL, "Measurement-Summary.csv");
		HandOffResult second = handOver("rec-2", "u2", ForeignFormat.MYFITNESSPAL, "b.csv");

		assertThat(first.accepted()).isTrue();
		assertThat(first.importId()).isEqualTo("imp-7");
		assertThat(first.reason()).isEqualTo("handed over to diet-service (import imp-7)");
		assertThat(second.accepted()).isTrue();
		server.verify(postRequestedFor(urlPathEqualTo("/diet/internal/myfitnesspal/imports"))
			.withQueryParam("record", equalTo("rec-1"))
			.withQueryParam("user", equalTo("auth0|u1"))
			.withHeader("Authorization", equalTo("Bearer service-token"))
			.withHeader("Content-Type", containing("multipart/form-data"))
			.withRequestBodyPart(aMultipart("file")
				.withHeader("Content-Disposition", containing("filename=\"Measurement-Summary.csv\""))
				.withBody(containing("2026-03-10,82.4"))
				.build()));
		// the token is cached across users until it expires
		server.verify(exactly(1), postRequestedFor(urlPathEqualTo("/oauth2/token"))
			.withRequestBody(containing("grant_type=client_credentials")));
	}

	@Test
	void sendsFitbitExportsToFitbitService() {
		server.stubFor(post(urlPathEqualTo("/fitbit/internal/fitbit/imports")).willReturn(aResponse().withStatus(202)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"id\": \"f-1\", \"status\": \"QUEUED\"}")));
		HandOffResult result = handOver("rec-1", "u1", ForeignFormat.FITBIT, "takeout.zip");
		assertThat(result.accepted()).isTrue();
		assertThat(result.reason()).contains("fitbit-service", "f-1");
		server.verify(postRequestedFor(urlPathEqualTo("/fitbit/internal/fitbit/imports"))
			.withQueryParam("record", equalTo("rec-1"))
			.withQueryParam("user", equalTo("u1")));
	}

	@Test
	void classifiesTheRecordAsAHandOffOfThatFormatAndContentBeforeSending() {
		server.stubFor(post(urlPathEqualTo("/fitbit/internal/fitbit/imports"))
			.willReturn(aResponse().withStatus(202).withHeader("Content-Type", "application/json").withBody("{}")));
		handOver("rec-1", "u1", ForeignFormat.FITBIT, "takeout.zip");
		Document record = this.mongo.findById("rec-1", Document.class, HandOffRecords.COLLECTION);
		assertThat(record).isNotNull();
		assertThat(record.get(HandOffRecords.FIELD, Document.class))
			.isEqualTo(new Document("format", "FITBIT").append("sha256", sha256(CONTENT)));
	}

	@Test
	void sendsNothingWithoutARecordOfThatUser() {
		record("rec-1", "u1");
		HandOffResult foreign = this.handOff.handOver(ForeignFormat.MYFITNESSPAL,
				new HandOffFile("rec-1", "u2", this.file, "x.csv", sha256(CONTENT)));
		HandOffResult missing = this.handOff.handOver(ForeignFormat.MYFITNESSPAL,
				new HandOffFile("rec-9", "u1", this.file, "x.csv", sha256(CONTENT)));
		assertThat(foreign.accepted()).isFalse();
		assertThat(foreign.retryable()).isFalse();
		assertThat(missing.accepted()).isFalse();
		assertThat(this.mongo.findById("rec-1", Document.class, HandOffRecords.COLLECTION))
			.satisfies((record) -> assertThat(record.containsKey(HandOffRecords.FIELD)).isFalse());
		server.verify(exactly(0), postRequestedFor(urlPathEqualTo("/oauth2/token")));
		server.verify(exactly(0), postRequestedFor(urlPathEqualTo("/diet/internal/myfitnesspal/imports")));
	}

	@Test
	void reportsARefusalWithTheProblemDetailAsFinal() {
		server.stubFor(post(urlPathEqualTo("/diet/internal/myfitnesspal/imports"))
			.willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/problem+json").withBody("""
					{"type": "https://falcon.health/problems/invalid-export", "title": "Invalid export",
					 "status": 400, "detail": "Not a MyFitnessPal export file."}""")));
		HandOffResult result = handOver("rec-1", "u1", ForeignFormat.MYFITNESSPAL, "x.csv");
		assertThat(result.accepted()).isFalse();
		assertThat(result.retryable()).isFalse();
		assertThat(result.reason()).isEqualTo("diet-service refused the file: Not a MyFitnessPal export file.");
	}

	@Test
	void sendsExactlyTheContractsRequest() {
		server.stubFor(post(urlPathEqualTo("/fitbit/internal/fitbit/imports")).willReturn(aResponse().withStatus(202)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"id\": \"f-2\", \"status\": \"DUPLICATE\"}")));

		handOver("rec-5", "u5", ForeignFormat.FITBIT, "MyFitbitData.zip");

		List<LoggedRequest> requests = server
			.findAll(postRequestedFor(urlPathEqualTo("/fitbit/internal/fitbit/imports")));
		assertThat(requests).singleElement().satisfies((request) -> {
			assertThat(request.getUrl()).isEqualTo("/fitbit/internal/fitbit/imports?record=rec-5&user=u5");
			assertThat(request.getHeader("Authorization")).isEqualTo("Bearer service-token");
			assertThat(request.getHeader("Content-Type")).startsWith("multipart/form-data");
			assertThat(request.getParts()).singleElement().satisfies((part) -> {
				assertThat(part.getName()).isEqualTo("file");
				assertThat(part.getHeader("Content-Disposition").firstValue())
					.isEqualTo("form-data; name=\"file\"; filename=\"MyFitbitData.zip\"");
				assertThat(part.getBody().asString()).isEqualTo(CONTENT);
			});
		});
	}

	@Test
	void reportsTheReceiversHandOffChecksAsFinalRefusals() {
		server.stubFor(post(urlPathEqualTo("/diet/internal/myfitnesspal/imports"))
			.willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json").withBody("""
					{"type": "https://falcon.health/problems/hand-off-not-found", "title": "Hand-off not found",
					 "status": 404, "detail": "No such hand-off record."}""")));
		server.stubFor(post(urlPathEqualTo("/fitbit/internal/fitbit/imports"))
			.willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/problem+json").withBody("""
					{"type": "https://falcon.health/problems/hand-off-mismatch", "title": "Hand-off mismatch",
					 "status": 403, "detail": "The file does not match its record."}""")));

		HandOffResult notFound = handOver("rec-1", "u1", ForeignFormat.MYFITNESSPAL, "x.csv");
		HandOffResult mismatch = handOver("rec-2", "u1", ForeignFormat.FITBIT, "x.zip");

		assertThat(notFound.accepted()).isFalse();
		assertThat(notFound.retryable()).isFalse();
		assertThat(notFound.reason()).isEqualTo("diet-service refused the file: No such hand-off record.");
		assertThat(mismatch.accepted()).isFalse();
		assertThat(mismatch.retryable()).isFalse();
		assertThat(mismatch.reason()).isEqualTo("fitbit-service refused the file: The file does not match its record.");
		assertThat(sleeper.waits()).isEmpty();
	}

	@Test
	void reportsAFailingOrUnreachableServiceAsRetryable() {
		server.stubFor(post(urlPathEqualTo("/diet/internal/myfitnesspal/imports"))
			.willReturn(aResponse().withStatus(503).withBody("upstream down")));
		HandOffResult unavailable = handOver("rec-1", "u1", ForeignFormat.MYFITNESSPAL, "x.csv");
		assertThat(unavailable.accepted()).isFalse();
		assertThat(unavailable.retryable()).isTrue();
		assertThat(unavailable.reason()).isEqualTo("diet-service refused the file: HTTP 503");

		server.stubFor(post(urlPathEqualTo("/fitbit/internal/fitbit/imports"))
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		HandOffResult reset = handOver("rec-2", "u1", ForeignFormat.FITBIT, "x.zip");
		assertThat(reset.retryable()).isTrue();
		assertThat(reset.reason()).isEqualTo("could not reach fitbit-service; the file will be offered again");
	}

	@Test
	void offersTheFileAgainWhileTheUsersImportsThereAreAtTheirCap() {
		server.stubFor(post(urlPathEqualTo("/diet/internal/myfitnesspal/imports")).inScenario("cap")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(429).withHeader("Retry-After", "30"))
			.willSetStateTo("free"));
		server.stubFor(post(urlPathEqualTo("/diet/internal/myfitnesspal/imports")).inScenario("cap")
			.whenScenarioStateIs("free")
			.willReturn(aResponse().withStatus(202)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"id\": \"imp-9\", \"status\": \"QUEUED\"}")));

		HandOffResult result = handOver("rec-1", "u1", ForeignFormat.MYFITNESSPAL, "x.csv");

		assertThat(result.accepted()).isTrue();
		assertThat(result.importId()).isEqualTo("imp-9");
		// Retry-After asked for 30 s; max-busy-wait caps the wait at 20 s
		assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(20));
	}

	@Test
	void leavesTheFileForALaterRunWhenTheReceiverStaysBusy() {
		server.stubFor(post(urlPathEqualTo("/diet/internal/myfitnesspal/imports"))
			.willReturn(aResponse().withStatus(429).withHeader("Retry-After", "5")));

		HandOffResult result = handOver("rec-1", "u1", ForeignFormat.MYFITNESSPAL, "x.csv");

		assertThat(result.accepted()).isFalse();
		assertThat(result.retryable()).isTrue();
		assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(5));
		server.verify(exactly(3), postRequestedFor(urlPathEqualTo("/diet/internal/myfitnesspal/imports")));
	}

	@Test
	void reportsATokenEndpointThatRefusesTheClientAsRetryable() {
		server.stubFor(post("/oauth2/token").willReturn(aResponse().withStatus(401)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\": \"invalid_client\"}")));
		HandOffResult result = handOver("rec-1", "u1", ForeignFormat.MYFITNESSPAL, "x.csv");
		assertThat(result.accepted()).isFalse();
		assertThat(result.retryable()).isTrue();
		server.verify(exactly(0), postRequestedFor(urlPathEqualTo("/diet/internal/myfitnesspal/imports")));
	}

	private HandOffResult handOver(String recordId, String userId, ForeignFormat format, String fileName) {
		record(recordId, userId);
		return this.handOff.handOver(format, new HandOffFile(recordId, userId, this.file, fileName, sha256(CONTENT)));
	}

	private void record(String recordId, String userId) {
		this.mongo.getCollection(HandOffRecords.COLLECTION)
			.insertOne(new Document("_id", recordId).append("userId", userId)
				.append("origin", "DROPBOX")
				.append("sha256", sha256(CONTENT)));
	}

	private static String sha256(String content) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static WireMockServer start() {
		WireMockServer wireMock = new WireMockServer(options().dynamicPort());
		wireMock.start();
		return wireMock;
	}

	@SpringBootConfiguration
	@ImportAutoConfiguration({ HttpServiceClientPropertiesAutoConfiguration.class,
			HttpServiceClientAutoConfiguration.class })
	@Import({ HandOffConfiguration.class, ExportHandOff.class })
	static class Config {

		@Bean
		MongoTemplate mongoTemplate() {
			return new MongoTemplate(mongoClient, "falcon-handoff");
		}

		@Bean
		HandOffRecords handOffRecords(MongoTemplate mongo) {
			return new HandOffRecords(mongo);
		}

		@Bean
		Sleeper sleeper() {
			return sleeper;
		}

		@Bean
		ClientRegistrationRepository clientRegistrations() {
			return new InMemoryClientRegistrationRepository(ClientRegistration.withRegistrationId("falcon-ingest")
				.clientId("falcon-ingest")
				.clientSecret("secret")
				.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
				.scope("falcon.internal")
				.tokenUri(server.baseUrl() + "/oauth2/token")
				.build());
		}

		@Bean
		OAuth2AuthorizedClientService authorizedClients(ClientRegistrationRepository registrations) {
			return new InMemoryOAuth2AuthorizedClientService(registrations);
		}

	}

}

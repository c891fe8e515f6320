package health.falcon.fitbit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import health.falcon.testsupport.ConnectorTestConfiguration;
import health.falcon.testsupport.ConnectorTestProperties;
import health.falcon.testsupport.ConnectorTestProperties.ProviderEndpoints;
import health.falcon.testsupport.InMemoryMongo;
import health.falcon.testsupport.TestJwts;
import health.falcon.testsupport.Zips;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.test.web.servlet.client.assertj.RestTestClientResponse;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole service (a real servlet container, so the multipart limits apply) against an
 * attacker's uploads: a body over the upload limit and a zip bomb.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@Import(ConnectorTestConfiguration.class)
class FitbitImportIntegrationTests {

	private static final String IMPORTS = "/api/connections/fitbit/imports";

	private static final InMemoryMongo mongoServer = InMemoryMongo.start();

	@Autowired
	private RestTestClient client;

	@Autowired
	private MongoTemplate mongo;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		String base = "http://127.0.0.1:9";
		ConnectorTestProperties.ingestKit(registry, mongoServer);
		ConnectorTestProperties.provider(registry, "fitbit",
				new ProviderEndpoints(base + "/auth", base + "/token", base, "client", "secret"));
		registry.add("falcon.fitbit.notifications.secret", () -> "Bearer s3cr3t");
		registry.add("falcon.fitbit.google-health.revoke-uri", () -> base + "/revoke");
		registry.add("falcon.fitbit.imports.max-upload-size", () -> "1MB");
	}

	@AfterAll
	static void stop() {
		mongoServer.close();
	}

	@Test
	void refusesAnUploadOverTheLimitWith413WhileItArrives() {
		RestTestClientResponse refused = upload("eve", "export.zip", new byte[2 * 1024 * 1024]);

		assertThat(refused).hasStatus(413).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(refused).bodyJson()
			.extractingPath("$.type")
			.isEqualTo("https://falcon.health/problems/payload-too-large");
		assertThat(this.mongo.getCollection("fitbit_imports").countDocuments(new Document("userId", "eve"))).isZero();
	}

	@Test
	void reportsAZipBombAsRefusedStoresNothingAndKeepsAnswering() {
		byte[] bomb = Zips.zip()
			.with("MyFitbitData/Alex/Global Export Data/heart_rate-2026-06-01.json",
					"[{ \"dateTime\" : \"06/01/26 08:00:05\", \"value\" : { \"bpm\" : 61 } }]"
						.getBytes(StandardCharsets.UTF_8))
			.withZeros("MyFitbitData/Alex/Global Export Data/heart_rate-2026-06-02.json", 64L * 1024 * 1024)
			.bytes();

		RestTestClientResponse accepted = upload("mallory", "export.zip", bomb);

		assertThat(accepted).hasStatus(202);
		String location = accepted.getExchangeResult().getResponseHeaders().getLocation().toString();
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(get(location)).bodyJson().extractingPath("$.status").isEqualTo("FAILED"));
		RestTestClientResponse report = get(location);
		assertThat(report).bodyJson().extractingPath("$.report.errors[0].file").isEqualTo("(archive)");
		assertThat(report).bodyJson()
			.extractingPath("$.report.errors[0].reason")
			.asString()
			.contains("exceeds falcon.fitbit.imports.max-compression-ratio 200");
		assertThat(this.mongo.getCollection("heart_rate_days").countDocuments()).isZero();
		assertThat(get(IMPORTS + "/unknown")).hasStatus(404);
	}

	private RestTestClientResponse upload(String user, String name, byte[] content) {
		MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
		body.add("file", new ByteArrayResource(content) {

			@Override
			public String getFilename() {
				return name;
			}

		});
		body.add("timeZone", "UTC");
		return RestTestClientResponse.from(this.client.post()
			.uri(IMPORTS)
			.header(HttpHeaders.AUTHORIZATION, TestJwts.bearer(user))
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(body)
			.exchange());
	}

	private RestTestClientResponse get(String path) {
		return RestTestClientResponse
			.from(this.client.get().uri(path).header(HttpHeaders.AUTHORIZATION, TestJwts.bearer("mallory")).exchange());
	}

}

package health.falcon.dropbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import health.falcon.dropbox.reading.HostileWorkbooks;
import health.falcon.testsupport.ConnectorTestProperties;
import health.falcon.testsupport.ImportRequests;
import health.falcon.testsupport.InMemoryMongo;
import health.falcon.testsupport.TestJwts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.test.web.servlet.client.assertj.RestTestClientResponse;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole service over mongo-java-server with minted RS256 tokens: a Withings file
 * uploaded, imported in the background and reported.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
class DropboxIngestIntegrationTests {

	private static final InMemoryMongo mongoServer = InMemoryMongo.start();

	@Autowired
	private RestTestClient client;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		ConnectorTestProperties.ingestKit(registry, mongoServer);
		registry.add("falcon.ingest.providers.dropbox.client-id", () -> "app-key");
		registry.add("falcon.ingest.providers.dropbox.client-secret", () -> "app-secret");
		registry.add("falcon.dropbox.imports.max-upload-size", () -> "1MB");
	}

	@AfterAll
	static void stop() {
		mongoServer.close();
	}

	@Test
	void importsAnUploadedWithingsFile() {
		MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
		body.add("file", new ByteArrayResource("""
				Date,"Heart rate",Systolic,Diastolic,Comments
				"2026-03-10 07:46:02",62,123,78,
				"2026-03-09 13:10:11",88,,,
				""".getBytes()) {

			@Override
			public String getFilename() {
				return "bp.csv";
			}

		});
		EntityExchangeResult<String> accepted = this.client.post()
			.uri("/api/connections/dropbox/imports")
			.header(HttpHeaders.AUTHORIZATION, TestJwts.bearer("demo"))
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(body)
			.exchange()
			.returnResult(String.class);
		assertThat(accepted.getStatus().value()).isEqualTo(202);
		assertThat(accepted.getResponseBody()).contains("\"status\":\"QUEUED\"");
		String location = accepted.getResponseHeaders().getLocation().toString();
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(get(location, "demo")).bodyJson()
				.extractingPath("$.status")
				.isEqualTo("SUCCEEDED"));
		RestTestClientResponse report = get(location, "demo");
		assertThat(report).bodyJson().extractingPath("$.format").isEqualTo("WITHINGS_BP");
		assertThat(report).bodyJson().extractingPath("$.rowsImported").isEqualTo(1);
		assertThat(report).bodyJson().extractingPath("$.rowsSkipped").isEqualTo(1);
		assertThat(get(location, "alex")).hasStatus(404);
	}

	@Test
	void refusesAnUploadOverTheLimitWith413WhileItArrivesAndKeepsNothing() {
		RestTestClientResponse refused = upload("big.csv", new byte[2 * 1024 * 1024], "eve");

		assertThat(refused).hasStatus(413).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(refused).bodyJson()
			.extractingPath("$.type")
			.isEqualTo("https://falcon.health/problems/payload-too-large");
		assertThat(get("/api/connections/dropbox/imports", "eve")).bodyJson().isEqualTo("[]");
	}

	@Test
	void reportsARowGapWorkbookAsRefusedAndKeepsAnswering(@TempDir Path temp) throws IOException {
		byte[] gap = Files.readAllBytes(HostileWorkbooks.rowGap(temp.resolve("gap.xlsx")));

		RestTestClientResponse accepted = upload("gap.xlsx", gap, "mallory");

		assertThat(accepted).hasStatus(202);
		String location = accepted.getExchangeResult().getResponseHeaders().getLocation().toString();
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(get(location, "mallory")).bodyJson()
				.extractingPath("$.status")
				.isEqualTo("FAILED"));
		assertThat(get(location, "mallory")).bodyJson()
			.extractingPath("$.reason")
			.asString()
			.contains("falcon.dropbox.imports.workbook.max-row-gap 1000");
		assertThat(get("/api/connections/dropbox/imports", "mallory")).hasStatus(200);
	}

	private RestTestClientResponse upload(String name, byte[] content, String user) {
		return ImportRequests.upload(this.client, "/api/connections/dropbox/imports", user, name, content, Map.of());
	}

	private RestTestClientResponse get(String location, String user) {
		return ImportRequests.get(this.client, location, user);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Tokens {

		@Bean
		JwtDecoder jwtDecoder() {
			return TestJwts.signatureOnlyDecoder();
		}

	}

}

package health.falcon.ingest.sample;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.assertj.RestTestClientResponse;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code DELETE /account/data}: the grant is revoked before anything is deleted, every
 * collection of the kit and the connector's records lose the user's documents while
 * another user's (and another service's provider's) stay, a second call removes nothing,
 * queued imports never run, and there is no erasure without a token.
 */
class AccountErasureIntegrationTests extends IngestIntegrationSupport {

	private static final List<String> KIT_COLLECTIONS = List.of("quarantined_records", "raw_payloads", "sync_runs",
			"oauth_states", "imported_files");

	@Autowired
	private List<AcmeImportReader> readers;

	@AfterEach
	void releaseWaitingImports() {
		this.readers.forEach(AcmeImportReader::release);
	}

	@Test
	void revokesThenErasesEveryDocumentOfTheUserAndKeepsOtherUsers() {
		connect("alex", "access", "refresh", START.plusSeconds(3600));
		connect("demo", "access", "refresh", START.plusSeconds(3600));
		provider.stubFor(post(urlPathEqualTo("/api/deauthorize")).willReturn(aResponse().withStatus(200)));
		for (String user : List.of("alex", "demo")) {
			this.mongo.getCollection(AcmeConnector.RECORDS).insertOne(new Document("userId", user));
			KIT_COLLECTIONS.forEach((collection) -> this.mongo.getCollection(collection)
				.insertOne(new Document("userId", user).append("provider", "acme")));
		}
		// another service's run of the same user: that service erases it
		this.mongo.getCollection("sync_runs").insertOne(new Document("userId", "alex").append("provider", "strava"));

		RestTestClientResponse response = erase("alex");

		assertThat(response).hasStatusOk();
		assertThat(response).bodyJson()
			.convertTo(Map.class)
			.isEqualTo(Map.of("kept_files", 0, "acme", 1, "keyring", 0, "quarantined_records", 1, "raw_payloads", 1,
					"sync_runs", 1, "oauth_states", 1, "imported_files", 1, "connections", 1));
		assertThat(this.connector.calls()).containsExactly("revoke", "purge");
		provider.verify(1, postRequestedFor(urlPathEqualTo("/api/deauthorize")));
		for (String collection : KIT_COLLECTIONS) {
			assertThat(count(collection, "alex", "acme")).as(collection).isZero();
			assertThat(count(collection, "demo", "acme")).as(collection).isOne();
		}
		assertThat(count("sync_runs", "alex", "strava")).isOne();
		assertThat(this.mongo.getCollection(AcmeConnector.RECORDS).countDocuments(new Document("userId", "alex")))
			.isZero();
		assertThat(this.mongo.getCollection(AcmeConnector.RECORDS).countDocuments(new Document("userId", "demo")))
			.isOne();
		assertThat(this.connections.findConnection("alex", "acme")).isEmpty();
		assertThat(connection("demo").getAccessToken()).isNotNull();
	}

	@Test
	void removesNothingTheSecondTime() {
		connect("alex", "access", "refresh", START.plusSeconds(3600));
		provider.stubFor(post(urlPathEqualTo("/api/deauthorize")).willReturn(aResponse().withStatus(200)));
		assertThat(erase("alex")).hasStatusOk();

		RestTestClientResponse again = erase("alex");

		assertThat(again).hasStatusOk();
		assertThat(again).bodyJson()
			.convertTo(Map.class)
			.isEqualTo(Map.of("kept_files", 0, "acme", 0, "keyring", 0, "quarantined_records", 0, "raw_payloads", 0,
					"sync_runs", 0, "oauth_states", 0, "imported_files", 0, "connections", 0));
		assertThat(this.connector.revokes()).isOne();
	}

	@Test
	void purgesTheProvidersDataWithoutAConnection() {
		this.mongo.getCollection(AcmeConnector.RECORDS).insertOne(new Document("userId", "alex"));

		assertThat(erase("alex")).hasStatusOk().bodyJson().extractingPath("$.acme").isEqualTo(1);

		assertThat(this.connector.revokes()).isZero();
		assertThat(this.mongo.getCollection(AcmeConnector.RECORDS).countDocuments()).isZero();
	}

	@Test
	void erasesEvenWhenTheRevocationFails() {
		connect("alex", "access", "refresh", START.plusSeconds(3600));
		provider.stubFor(post(urlPathEqualTo("/api/deauthorize")).willReturn(aResponse().withStatus(500)));

		assertThat(erase("alex")).hasStatusOk().bodyJson().extractingPath("$.connections").isEqualTo(1);

		assertThat(this.connector.calls()).containsExactly("revoke", "purge");
		assertThat(this.connections.findConnection("alex", "acme")).isEmpty();
	}

	@Test
	void cancelsTheUsersQueuedImportsAndDeletesTheirKeptFiles() {
		this.readers.forEach(AcmeImportReader::hold);
		assertThat(upload("casey", "WAIT\nc,1\n")).hasStatus(202);
		await().until(() -> this.mongo.getCollection("imported_files")
			.countDocuments(new Document("userId", "casey").append("status", "RUNNING")) == 1);
		assertThat(upload("alex", "a,1\n")).hasStatus(202);

		RestTestClientResponse response = erase("alex");

		assertThat(response).hasStatusOk().bodyJson().extractingPath("$.kept_files").isEqualTo(1);
		assertThat(response).bodyJson().extractingPath("$.imported_files").isEqualTo(1);
		this.readers.forEach(AcmeImportReader::release);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.mongo.getCollection("imported_files")
				.countDocuments(new Document("userId", "casey").append("status", "SUCCEEDED")) == 1);
		assertThat(this.mongo.getCollection(AcmeImportReader.ROWS).countDocuments(new Document("userId", "alex")))
			.isZero();
		assertThat(this.mongo.getCollection("imported_files").countDocuments(new Document("userId", "alex"))).isZero();
	}

	@Test
	void refusesARequestWithoutAToken() {
		this.mongo.getCollection(AcmeConnector.RECORDS).insertOne(new Document("userId", "alex"));

		RestTestClientResponse response = RestTestClientResponse
			.from(this.client.method(HttpMethod.DELETE).uri("/account/data").exchange());

		assertThat(response).hasStatus(401).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(this.mongo.getCollection(AcmeConnector.RECORDS).countDocuments()).isOne();
	}

	private long count(String collection, String userId, String provider) {
		return this.mongo.getCollection(collection)
			.countDocuments(new Document("userId", userId).append("provider", provider));
	}

	private RestTestClientResponse erase(String user) {
		return RestTestClientResponse.from(this.client.method(HttpMethod.DELETE)
			.uri("/account/data")
			.headers((headers) -> headers.addAll(auth(user)))
			.exchange());
	}

	private RestTestClientResponse upload(String user, String content) {
		MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
		body.add("file", new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {

			@Override
			public String getFilename() {
				return "file.csv";
			}

		});
		return RestTestClientResponse.from(this.client.post()
			.uri("/api/connections/acme/imports")
			.headers((headers) -> headers.addAll(auth(user)))
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(body)
			.exchange());
	}

}

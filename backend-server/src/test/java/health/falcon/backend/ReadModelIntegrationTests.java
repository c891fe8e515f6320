package health.falcon.backend;

import java.util.Date;

import health.falcon.testsupport.InMemoryMongo;
import health.falcon.testsupport.TestJwts;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.test.web.servlet.client.assertj.RestTestClientResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read API over ingest data that backend-server still reads itself
 * ({@code /api/connections}) over HTTP against mongo-java-server, with documents as the
 * ingest services write them and tokens from {@link TestJwts}: each user sees only their
 * own.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
class ReadModelIntegrationTests {

	private static final InMemoryMongo mongo = InMemoryMongo.start();

	private static final String mongoUri = mongo.uri("falcon");

	@Autowired
	private RestTestClient client;

	@Autowired
	private MongoTemplate template;

	@DynamicPropertySource
	static void mongo(DynamicPropertyRegistry registry) {
		registry.add("spring.mongodb.uri", () -> mongoUri);
	}

	@AfterAll
	static void stop() {
		mongo.close();
	}

	@BeforeEach
	void clean() {
		this.template.remove(new Query(), "connections");
	}

	@Test
	void listsEveryConfiguredProviderWithDemosConnectionAndNoTokens() {
		this.template.insert(connection("demo"), "connections");
		RestTestClientResponse demo = get("/api/connections", "demo");
		assertThat(demo).hasStatusOk();
		assertThat(demo).bodyJson()
			.extractingPath("$[*].provider")
			.asArray()
			.containsExactly("strava", "fitbit", "myfitnesspal", "dropbox");
		assertThat(demo).bodyJson().extractingPath("$[0].status").isEqualTo("ACTIVE");
		assertThat(demo).bodyJson().extractingPath("$[0].counts.activities").isEqualTo(2);
		assertThat(demo).bodyJson().extractingPath("$[*].available").asArray().containsExactly(true, true, true, true);
		assertThat(demo).bodyJson().doesNotHavePath("$[2].sandboxSignInUrl");
		assertThat(demo).bodyJson().doesNotHavePath("$[0].accessToken");
		assertThat(demo).bodyJson().doesNotHavePath("$[0].refreshToken");
		assertThat(demo).bodyJson().doesNotHavePath("$[0].lease");
	}

	@Test
	void neverShowsAlexDemosConnection() {
		this.template.insert(connection("demo"), "connections");
		RestTestClientResponse alex = get("/api/connections", "alex");
		assertThat(alex).hasStatusOk();
		assertThat(alex).bodyJson().extractingPath("$[*].status").asArray().containsOnly("NOT_CONNECTED");
		assertThat(alex).bodyJson().doesNotHavePath("$[0].accountId");
	}

	@Test
	void rejectsRequestsWithoutToken() {
		assertThat(RestTestClientResponse.from(this.client.get().uri("/api/connections").exchange())).hasStatus(401);
	}

	private RestTestClientResponse get(String uri, String user) {
		return RestTestClientResponse.from(this.client.get()
			.uri(uri)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + TestJwts.token(user, "falcon-api"))
			.exchange());
	}

	private static Document connection(String userId) {
		Document token = new Document("keyId", "k1").append("nonce", "bm9uY2U=").append("ciphertext", "c2VjcmV0");
		return new Document("_id", userId + ":strava").append("userId", userId)
			.append("provider", "strava")
			.append("status", "ACTIVE")
			.append("accountId", "12345")
			.append("accessToken", token)
			.append("refreshToken", token)
			.append("counts", new Document("activities", 2))
			.append("lastSuccessfulSyncAt", new Date())
			.append("lastRunStatus", "SUCCEEDED")
			.append("lease", new Document("owner", "replica-1").append("until", new Date()));
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class LocalKeyConfiguration {

		@Bean
		JwtDecoder jwtDecoder() {
			return TestJwts.decoder();
		}

	}

}

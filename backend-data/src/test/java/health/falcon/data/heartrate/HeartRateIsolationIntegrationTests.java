package health.falcon.data.heartrate;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

import health.falcon.data.stored.HeartRateDays;
import health.falcon.documents.heartrate.HeartRateDaysCollection;
import health.falcon.model.Source;
import health.falcon.testsupport.InMemoryMongo;
import health.falcon.testsupport.TestJwts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.test.web.servlet.client.assertj.RestTestClientResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /metrics/heart-rate} over HTTP against mongo-java-server with tokens from
 * {@link TestJwts}: each user sees only their own heart rate.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
class HeartRateIsolationIntegrationTests {

	private static final InMemoryMongo mongo = InMemoryMongo.start();

	private static final String mongoUri = mongo.uri("falcon");

	private static final Source SOURCE = new Source("fitbit", "google-health:heart-rate", "run-1",
			Instant.parse("2026-03-11T00:00:00Z"));

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
		this.template.remove(new Query(), HeartRateDaysCollection.COLLECTION);
	}

	@Test
	void neverShowsOneUserAnothersHeartRate() {
		HeartRateDays.samples(this.template, "demo", Map.of(Instant.parse("2026-03-10T08:00:00Z"), 61),
				ZoneId.of("UTC"), SOURCE);
		HeartRateDays.samples(this.template, "alex", Map.of(Instant.parse("2026-03-10T09:00:00Z"), 150),
				ZoneId.of("UTC"), SOURCE);
		String uri = "/metrics/heart-rate?from=2026-03-10&to=2026-03-10&resolution=raw";
		RestTestClientResponse demo = get(uri, "demo");
		assertThat(demo).hasStatusOk();
		assertThat(demo).bodyJson().extractingPath("$.points[*].value").asArray().containsExactly(61.0);
		RestTestClientResponse alex = get(uri, "alex");
		assertThat(alex).bodyJson().extractingPath("$.points[*].value").asArray().containsExactly(150.0);
		RestTestClientResponse nobody = get(uri, "sam");
		assertThat(nobody).bodyJson().extractingPath("$.points").asArray().isEmpty();
	}

	@Test
	void refusesRawOverMoreThanTwoDays() {
		RestTestClientResponse response = get("/metrics/heart-rate?from=2026-03-01&to=2026-03-31&resolution=raw",
				"demo");
		assertThat(response).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response).bodyJson()
			.extractingPath("$.type")
			.isEqualTo("https://falcon.health/problems/range-too-large");
	}

	@Test
	void rejectsRequestsWithoutToken() {
		assertThat(RestTestClientResponse.from(this.client.get().uri("/metrics/heart-rate").exchange())).hasStatus(401);
	}

	private RestTestClientResponse get(String uri, String user) {
		return RestTestClientResponse.from(this.client.get()
			.uri(uri)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + TestJwts.token(user, "falcon-api"))
			.exchange());
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class LocalKeyConfiguration {

		@Bean
		JwtDecoder jwtDecoder() {
			return TestJwts.decoder();
		}

	}

}

package health.falcon.backend.me;

import java.util.Map;

import health.falcon.documents.settings.HeartRateSettings;
import health.falcon.testsupport.InMemoryMongo;
import health.falcon.testsupport.TestJwts;
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
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.test.web.servlet.client.assertj.RestTestClientResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole service over HTTP against mongo-java-server, with RS256 tokens from
 * {@link TestJwts} validated (signature, issuer, audience) exactly as in production,
 * minus key discovery.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
class MeIntegrationTests {

	private static final InMemoryMongo mongo = InMemoryMongo.start();

	private static final String mongoUri = mongo.uri("falcon");

	@Autowired
	private RestTestClient client;

	@Autowired
	private UserSettingsRepository repository;

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
		this.repository.deleteAll();
	}

	@Test
	void keepsEachUsersSettingsToThemselves() {
		assertThat(putSettings("demo", "Europe/Berlin", "imperial")).hasStatusOk();
		RestTestClientResponse demo = me(TestJwts.token("demo", "falcon-api"));
		assertThat(demo).hasStatusOk();
		assertThat(demo).bodyJson()
			.isEqualTo(
					"""
							{"sub": "demo", "name": "demo user", "email": "demo@example.org",
							 "settings": {"timeZone": "Europe/Berlin", "units": "imperial",
							  "heartRate": {"max": null, "resting": null, "fitnessDays": 42, "fatigueDays": 7, "trimpFormula": "male"}}}
							""");
		RestTestClientResponse alex = me(TestJwts.token("alex", "falcon-api"));
		assertThat(alex).hasStatusOk();
		assertThat(alex).bodyJson().extractingPath("$.sub").isEqualTo("alex");
		assertThat(alex).bodyJson().extractingPath("$.settings.timeZone").isNull();
		assertThat(alex).bodyJson().extractingPath("$.settings.units").isEqualTo("metric");
	}

	@Test
	void letsAlexChangeOnlyAlexsSettings() {
		assertThat(putSettings("demo", "Europe/Berlin", "metric")).hasStatusOk();
		assertThat(putSettings("alex", "America/New_York", "imperial")).hasStatusOk();
		assertThat(me(TestJwts.token("demo", "falcon-api"))).bodyJson()
			.extractingPath("$.settings.timeZone")
			.isEqualTo("Europe/Berlin");
		assertThat(me(TestJwts.token("alex", "falcon-api"))).bodyJson()
			.extractingPath("$.settings.timeZone")
			.isEqualTo("America/New_York");
	}

	@Test
	void storesHeartRateSettingsForTheCallerOnlyAndKeepsThemThroughAnOlderRequest() {
		RestTestClientResponse stored = put("demo", """
				{"timeZone": "Europe/Berlin", "units": "metric",
				 "heartRate": {"max": 188, "resting": 48, "trimpFormula": "female"}}
				""");
		assertThat(stored).hasStatusOk();
		// a request as sent before heart-rate settings existed keeps them
		assertThat(putSettings("demo", "Europe/Berlin", "imperial")).hasStatusOk();
		assertThat(me(TestJwts.token("demo", "falcon-api"))).bodyJson()
			.extractingPath("$.settings.heartRate")
			.isEqualTo(
					Map.of("max", 188, "resting", 48, "fitnessDays", 42, "fatigueDays", 7, "trimpFormula", "female"));
		assertThat(HeartRateSettings.of(this.template, "demo"))
			.isEqualTo(new HeartRateSettings(188, 48, 42, 7, "female"));
		assertThat(me(TestJwts.token("alex", "falcon-api"))).bodyJson()
			.extractingPath("$.settings.heartRate.max")
			.isNull();
		assertThat(HeartRateSettings.of(this.template, "alex")).isEqualTo(HeartRateSettings.DEFAULTS);
		RestTestClientResponse invalid = put("alex", """
				{"timeZone": "Europe/Berlin", "units": "metric", "heartRate": {"max": 150, "resting": 150}}
				""");
		assertThat(invalid).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(invalid).bodyJson().extractingPath("$.errors[0].field").isEqualTo("heartRate.resting");
	}

	@Test
	void rejectsInvalidSettingsAsAValidationProblem() {
		RestTestClientResponse response = putSettings("demo", "+02:00", "furlongs");
		assertThat(response).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response).bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactlyInAnyOrder("timeZone", "units");
	}

	@Test
	void rejectsATokenForAnotherAudience() {
		RestTestClientResponse response = me(TestJwts.token("demo", "some-other-api"));
		assertThat(response).hasStatus(401).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void rejectsARequestWithoutToken() {
		assertThat(RestTestClientResponse.from(this.client.get().uri("/api/me").exchange())).hasStatus(401)
			.containsHeader(HttpHeaders.WWW_AUTHENTICATE);
	}

	private RestTestClientResponse me(String token) {
		return RestTestClientResponse
			.from(this.client.get().uri("/api/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange());
	}

	private RestTestClientResponse put(String user, String body) {
		return RestTestClientResponse.from(this.client.put()
			.uri("/api/me/settings")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + TestJwts.token(user, "falcon-api"))
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange());
	}

	private RestTestClientResponse putSettings(String user, String timeZone, String units) {
		return RestTestClientResponse.from(this.client.put()
			.uri("/api/me/settings")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + TestJwts.token(user, "falcon-api"))
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"timeZone\": \"%s\", \"units\": \"%s\"}".formatted(timeZone, units))
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

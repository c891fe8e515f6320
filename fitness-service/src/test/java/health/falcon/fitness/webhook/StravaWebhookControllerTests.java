package health.falcon.fitness.webhook;

import java.time.Clock;
import java.util.Optional;

import health.falcon.fitness.config.FitnessProperties;
import health.falcon.ingest.api.IngestOperations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.timeout;

@WebMvcTest(controllers = StravaWebhookController.class,
		properties = { "falcon.fitness.strava.webhook.verify-token=s3cret",
				"falcon.fitness.strava.webhook.subscription-id=120475" })
@Import({ StravaWebhookService.class, StravaWebhookControllerTests.Properties.class })
class StravaWebhookControllerTests {

	private static final String EVENT = """
			{"object_type":"activity","object_id":9876543210,"aspect_type":"update",
			 "updates":{"title":"Evening Ride"},"owner_id":1234567,"subscription_id":%d,"event_time":1767229200}
			""";

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private StravaEventHandler handler;

	@MockitoBean
	private IngestOperations ingest;

	@BeforeEach
	void demoConnectedAthlete1234567() {
		given(this.ingest.userIdForAccount("strava", "1234567")).willReturn(Optional.of("demo"));
	}

	@Test
	void echoesTheChallengeOfAValidHandshake() {
		MvcTestResult result = handshake("subscribe", "s3cret", "15f7d1a91c1f40f8");
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().isStrictlyEqualTo("""
				{"hub.challenge": "15f7d1a91c1f40f8"}
				""");
	}

	@Test
	void refusesAHandshakeWithAnotherVerifyToken() {
		assertProblem(handshake("subscribe", "guess", "c"), 403, "webhook-verification-failed");
	}

	@Test
	void refusesAHandshakeForAnotherMode() {
		assertProblem(handshake("unsubscribe", "s3cret", "c"), 403, "webhook-verification-failed");
	}

	@Test
	void refusesAHandshakeWithMissingParameters() {
		MvcTestResult result = this.mvc.get()
			.uri("/webhooks/strava")
			.param("hub.mode", "subscribe")
			.param("hub.challenge", "c")
			.exchange();
		assertProblem(result, 400, "malformed-request");
	}

	@Test
	void acceptsAnEventAtOnceWithoutLoginAndHandlesItInTheBackground() {
		MvcTestResult result = event(EVENT.formatted(120475));
		assertThat(result).hasStatusOk();
		then(this.handler).should(timeout(5000)).handle(any(Look.class));
	}

	@Test
	void answers200ToAnEventForAnAthleteNobodyConnectedAndQueuesNothing() {
		MvcTestResult result = event(EVENT.replace("1234567", "7654321").formatted(120475));
		assertThat(result).hasStatusOk();
		then(this.ingest).should().userIdForAccount("strava", "7654321");
		then(this.handler).shouldHaveNoInteractions();
	}

	@Test
	void refusesAnEventForAnotherSubscription() {
		assertProblem(event(EVENT.formatted(1)), 403, "webhook-verification-failed");
		then(this.handler).shouldHaveNoInteractions();
	}

	@Test
	void refusesAnEventWithoutOwner() {
		MvcTestResult result = event("""
				{"object_type":"activity","object_id":1,"aspect_type":"create","updates":{},"subscription_id":120475}
				""");
		assertProblem(result, 400, "validation");
		then(this.handler).shouldHaveNoInteractions();
	}

	@Test
	void stillRequiresATokenOutsideTheWebhooks() {
		assertProblem(this.mvc.get().uri("/api/connections/strava").exchange(), 401, "unauthenticated");
	}

	private MvcTestResult handshake(String mode, String token, String challenge) {
		return this.mvc.get()
			.uri("/webhooks/strava")
			.param("hub.mode", mode)
			.param("hub.verify_token", token)
			.param("hub.challenge", challenge)
			.exchange();
	}

	private MvcTestResult event(String body) {
		return this.mvc.post().uri("/webhooks/strava").contentType(MediaType.APPLICATION_JSON).content(body).exchange();
	}

	private static void assertProblem(MvcTestResult result, int status, String slug) {
		assertThat(result).hasStatus(status).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("https://falcon.health/problems/" + slug);
	}

	@TestConfiguration(proxyBeanMethods = false)
	@EnableConfigurationProperties(FitnessProperties.class)
	static class Properties {

		@Bean
		Clock clock() {
			return Clock.systemUTC();
		}

	}

}

package health.falcon.data.heartrate;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

import health.falcon.data.IsolationIntegrationSupport;
import health.falcon.data.stored.HeartRateDays;
import health.falcon.model.Source;
import health.falcon.testsupport.TestJwts;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.assertj.RestTestClientResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /metrics/heart-rate} over HTTP against mongo-java-server with tokens from
 * {@link TestJwts}: each user sees only their own heart rate.
 */
class HeartRateIsolationIntegrationTests extends IsolationIntegrationSupport {

	private static final Source SOURCE = new Source("fitbit", "google-health:heart-rate", "run-1",
			Instant.parse("2026-03-11T00:00:00Z"));

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

}

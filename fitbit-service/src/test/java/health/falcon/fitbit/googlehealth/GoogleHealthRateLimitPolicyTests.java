package health.falcon.fitbit.googlehealth;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

class GoogleHealthRateLimitPolicyTests {

	private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

	private final GoogleHealthRateLimitPolicy policy = new GoogleHealthRateLimitPolicy();

	@Test
	void reportsNoWindowsBecauseGoogleSendsNoUsageHeaders() {
		HttpHeaders headers = new HttpHeaders();
		headers.add("X-RateLimit-Limit", "300");
		assertThat(this.policy.windows(headers, NOW)).isEmpty();
	}

	@Test
	void retriesAfterTheRetryAfterSeconds() {
		HttpHeaders headers = new HttpHeaders();
		headers.add(HttpHeaders.RETRY_AFTER, "17");
		assertThat(this.policy.retryAt(headers, NOW)).isEqualTo(NOW.plusSeconds(17));
	}

	@Test
	void retriesAtTheRetryAfterDate() {
		HttpHeaders headers = new HttpHeaders();
		headers.add(HttpHeaders.RETRY_AFTER, "Fri, 20 Nov 2026 10:02:00 GMT");
		assertThat(this.policy.retryAt(headers, NOW)).isEqualTo(Instant.parse("2026-11-20T10:02:00Z"));
	}

	@Test
	void waitsAMinuteWithoutOrWithAnUnreadableRetryAfter() {
		assertThat(this.policy.retryAt(new HttpHeaders(), NOW)).isEqualTo(NOW.plusSeconds(60));
		HttpHeaders headers = new HttpHeaders();
		headers.add(HttpHeaders.RETRY_AFTER, "soon");
		assertThat(this.policy.retryAt(headers, NOW)).isEqualTo(NOW.plusSeconds(60));
	}

}

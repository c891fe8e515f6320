package health.falcon.dropbox.sync;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

class DropboxRateLimitPolicyTests {

	private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

	private final DropboxRateLimitPolicy policy = new DropboxRateLimitPolicy();

	@Test
	void reportsNoWindowsSinceDropboxSendsNoUsageHeaders() {
		assertThat(this.policy.windows(headers("Retry-After", "5"), NOW)).isEmpty();
	}

	@Test
	void waitsForRetryAfterSeconds() {
		assertThat(this.policy.retryAt(headers("Retry-After", "15"), NOW)).isEqualTo(NOW.plusSeconds(15));
	}

	@Test
	void acceptsRetryAfterAsAnHttpDate() {
		assertThat(this.policy.retryAt(headers("Retry-After", "Fri, 20 Nov 2026 10:00:30 GMT"), NOW))
			.isEqualTo(NOW.plusSeconds(30));
	}

	@Test
	void waitsOneSecondWithoutAUsableRetryAfter() {
		assertThat(this.policy.retryAt(new HttpHeaders(), NOW)).isEqualTo(NOW.plusSeconds(1));
		assertThat(this.policy.retryAt(headers("Retry-After", "soon"), NOW)).isEqualTo(NOW.plusSeconds(1));
		assertThat(this.policy.retryAt(headers("Retry-After", "0"), NOW)).isEqualTo(NOW.plusSeconds(1));
	}

	@Test
	void readsRetryAfterFromTheBodyWhenTheHeaderIsMissing() {
		byte[] body = ("{\"error_summary\": \"too_many_requests/..\", \"error\": "
				+ "{\"reason\": {\".tag\": \"too_many_requests\"}, \"retry_after\": 300}}")
			.getBytes(StandardCharsets.UTF_8);
		assertThat(this.policy.retryAt(new HttpHeaders(), body, NOW)).isEqualTo(NOW.plusSeconds(300));
		assertThat(this.policy.retryAt(new HttpHeaders(), bytes("{\"retry_after\": 7}"), NOW))
			.isEqualTo(NOW.plusSeconds(7));
		assertThat(this.policy.retryAt(headers("Retry-After", "15"), body, NOW)).isEqualTo(NOW.plusSeconds(15));
	}

	@Test
	void waitsOneSecondForAPlainTextOrEmptyBody() {
		assertThat(this.policy.retryAt(new HttpHeaders(), bytes("Too many requests"), NOW))
			.isEqualTo(NOW.plusSeconds(1));
		assertThat(this.policy.retryAt(new HttpHeaders(), new byte[0], NOW)).isEqualTo(NOW.plusSeconds(1));
		assertThat(this.policy.retryAt(new HttpHeaders(), bytes("{\"error\": {\"retry_after\": -3}}"), NOW))
			.isEqualTo(NOW.plusSeconds(1));
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void capsAnAbsurdWaitAtOneHour() {
		assertThat(this.policy.retryAt(headers("Retry-After", "999999"), NOW)).isEqualTo(NOW.plusSeconds(3600));
	}

	private static HttpHeaders headers(String name, String value) {
		HttpHeaders headers = new HttpHeaders();
		headers.add(name, value);
		return headers;
	}

}

package health.falcon.fitness.strava;

import java.time.Instant;

import health.falcon.ingest.spi.RateWindow;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

class StravaRateLimitPolicyTests {

	private static final Instant NOW = Instant.parse("2026-03-10T10:07:31Z");

	private final StravaRateLimitPolicy policy = new StravaRateLimitPolicy();

	@Test
	void readsFourWindowsFromTheUsageHeaders() {
		HttpHeaders headers = headers("200,2000", "37,655", "100,1000", "21,600");
		assertThat(this.policy.windows(headers, NOW)).containsExactly(
				new RateWindow("overall-15min", 200, 37, Instant.parse("2026-03-10T10:15:00Z")),
				new RateWindow("overall-daily", 2000, 655, Instant.parse("2026-03-11T00:00:00Z")),
				new RateWindow("read-15min", 100, 21, Instant.parse("2026-03-10T10:15:00Z")),
				new RateWindow("read-daily", 1000, 600, Instant.parse("2026-03-11T00:00:00Z")));
	}

	@Test
	void readsNothingWithoutHeaders() {
		assertThat(this.policy.windows(new HttpHeaders(), NOW)).isEmpty();
	}

	@Test
	void skipsMalformedPairsButKeepsTheOthers() {
		HttpHeaders headers = headers("200", "37,655", "100, 1000", " 21 , 600 ");
		assertThat(this.policy.windows(headers, NOW)).extracting(RateWindow::name)
			.containsExactly("read-15min", "read-daily");
		headers.set("X-RateLimit-Limit", "lots,more");
		assertThat(this.policy.windows(headers, NOW)).hasSize(2);
	}

	@Test
	void resetsFifteenMinuteWindowsAtTheNextQuarterHourUtc() {
		assertThat(StravaRateLimitPolicy.nextQuarterHour(Instant.parse("2026-03-10T10:00:00Z")))
			.isEqualTo(Instant.parse("2026-03-10T10:15:00Z"));
		assertThat(StravaRateLimitPolicy.nextQuarterHour(Instant.parse("2026-03-10T10:14:59.999Z")))
			.isEqualTo(Instant.parse("2026-03-10T10:15:00Z"));
		assertThat(StravaRateLimitPolicy.nextQuarterHour(Instant.parse("2026-03-10T10:30:01Z")))
			.isEqualTo(Instant.parse("2026-03-10T10:45:00Z"));
		assertThat(StravaRateLimitPolicy.nextQuarterHour(Instant.parse("2026-03-10T23:50:00Z")))
			.isEqualTo(Instant.parse("2026-03-11T00:00:00Z"));
	}

	@Test
	void resetsDailyWindowsAtMidnightUtc() {
		assertThat(StravaRateLimitPolicy.nextMidnight(Instant.parse("2026-12-31T23:59:59Z")))
			.isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
		assertThat(StravaRateLimitPolicy.nextMidnight(Instant.parse("2026-03-10T00:00:00Z")))
			.isEqualTo(Instant.parse("2026-03-11T00:00:00Z"));
	}

	@Test
	void retriesA429AtTheNextQuarterHour() {
		HttpHeaders headers = headers("200,2000", "201,655", "100,1000", "101,600");
		assertThat(this.policy.retryAt(headers, NOW)).isEqualTo(Instant.parse("2026-03-10T10:15:00Z"));
	}

	@Test
	void retriesA429AtMidnightWhenADailyWindowIsSpent() {
		HttpHeaders headers = headers("200,2000", "12,1400", "100,1000", "12,1000");
		assertThat(this.policy.retryAt(headers, NOW)).isEqualTo(Instant.parse("2026-03-11T00:00:00Z"));
	}

	@Test
	void retriesA429WithoutHeadersAtTheNextQuarterHour() {
		assertThat(this.policy.retryAt(new HttpHeaders(), NOW)).isEqualTo(Instant.parse("2026-03-10T10:15:00Z"));
	}

	@Test
	void marksASpentWindowExhausted() {
		assertThat(this.policy.windows(headers("200,2000", "199,655", "100,1000", "50,600"), NOW).get(0).exhausted(2))
			.isTrue();
	}

	private static HttpHeaders headers(String limit, String usage, String readLimit, String readUsage) {
		HttpHeaders headers = new HttpHeaders();
		headers.set("X-RateLimit-Limit", limit);
		headers.set("X-RateLimit-Usage", usage);
		headers.set("X-ReadRateLimit-Limit", readLimit);
		headers.set("X-ReadRateLimit-Usage", readUsage);
		return headers;
	}

}

package health.falcon.diet.diary;

import java.time.Instant;
import java.util.List;

import health.falcon.ingest.spi.RateLimitPolicy;
import health.falcon.ingest.spi.RateWindow;

import org.springframework.http.HttpHeaders;

/**
 * MyFitnessPal's website publishes no rate limits: no windows are known in advance, and
 * after a 429 the next request waits for {@code Retry-After} (seconds) or a minute.
 */
class DiaryRateLimitPolicy implements RateLimitPolicy {

	private static final long DEFAULT_WAIT_SECONDS = 60;

	@Override
	public List<RateWindow> windows(HttpHeaders headers, Instant now) {
		return List.of();
	}

	@Override
	public Instant retryAt(HttpHeaders headers, Instant now) {
		String retryAfter = headers.getFirst(HttpHeaders.RETRY_AFTER);
		if (retryAfter != null && retryAfter.strip().matches("\\d{1,6}")) {
			return now.plusSeconds(Long.parseLong(retryAfter.strip()));
		}
		return now.plusSeconds(DEFAULT_WAIT_SECONDS);
	}

}

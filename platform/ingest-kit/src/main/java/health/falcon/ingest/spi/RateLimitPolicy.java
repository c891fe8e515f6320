package health.falcon.ingest.spi;

import java.time.Instant;
import java.util.List;

import org.springframework.http.HttpHeaders;

/**
 * Reads a provider's rate-limit state from response headers. The kit keeps one budget per
 * provider, shared by schedules, webhooks and backfill across every replica, feeds it
 * from every response, and waits (or defers the sync) instead of sending a request that a
 * known limit would refuse.
 */
public interface RateLimitPolicy {

	/**
	 * The windows reported by one response.
	 * @param headers the response headers
	 * @param now the current time (from the kit's clock)
	 * @return the windows, empty when the response carries no rate-limit headers
	 */
	List<RateWindow> windows(HttpHeaders headers, Instant now);

	/**
	 * When to try again after a 429 (Strava: the next quarter hour, or midnight UTC when
	 * the daily window is spent; Google: {@code Retry-After}).
	 * @param headers the 429 response's headers
	 * @param now the current time
	 * @return the earliest time to send the next request
	 */
	Instant retryAt(HttpHeaders headers, Instant now);

}

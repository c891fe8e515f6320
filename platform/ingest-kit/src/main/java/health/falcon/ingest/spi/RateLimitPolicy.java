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

	/**
	 * When to try again after a 429 whose body may say so too (Dropbox: {@code {"error":
	 * {"retry_after": 300}}}). The kit passes at most the first 8 KiB of the body,
	 * possibly empty or not JSON. The default ignores the body.
	 * @param headers the 429 response's headers
	 * @param body the start of the response body, possibly empty
	 * @param now the current time
	 * @return the earliest time to send the next request
	 */
	default Instant retryAt(HttpHeaders headers, byte[] body, Instant now) {
		return retryAt(headers, now);
	}

}

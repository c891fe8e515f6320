package health.falcon.ingest.spi;

import java.time.Instant;

/**
 * One rate-limit window as a provider reported it.
 *
 * @param name a stable name, for example {@code overall-15min} or {@code read-daily}
 * @param limit requests allowed in the window
 * @param used requests used so far
 * @param resetsAt when the window starts again
 */
public record RateWindow(String name, long limit, long used, Instant resetsAt) {

	/**
	 * Whether a further request would exceed this window, keeping a safety margin.
	 * @param margin requests to keep in reserve
	 * @return {@code true} when the window is spent
	 */
	public boolean exhausted(long margin) {
		return this.used + margin >= this.limit;
	}

}

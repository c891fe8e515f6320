package health.falcon.ingest.ratelimit;

import java.time.Instant;

/**
 * The provider's rate budget is spent until later than the kit may wait
 * ({@code falcon.ingest.rate-limit.max-wait}); the run ends {@code DEFERRED} and the next
 * one resumes from the cursors.
 */
public class RateLimitDeferredException extends RuntimeException {

	private final Instant until;

	/**
	 * Create the exception.
	 * @param provider the provider's id, for example {@code strava}
	 * @param until when the budget allows requests again
	 */
	public RateLimitDeferredException(String provider, Instant until) {
		super("Rate budget of " + provider + " spent until " + until);
		this.until = until;
	}

	/**
	 * @return when the budget allows requests again
	 */
	public Instant getUntil() {
		return this.until;
	}

}

package health.falcon.ingest.ratelimit;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The {@code rate_limits} document of one provider: its windows as last reported (plus
 * requests reserved since) and the instant a 429 asked us to wait for.
 *
 * @param provider the provider's id, for example {@code strava}
 * @param windows the windows by name
 * @param retryAt no request before this instant ({@code null} when no 429 is pending)
 */
@Document("rate_limits")
record ProviderRateLimit(@Id String provider, @Nullable Map<String, WindowState> windows, @Nullable Instant retryAt) {

	/**
	 * When the next request may go out, keeping the margin in every window.
	 * @param now the current time
	 * @param margin requests kept in reserve
	 * @return {@code null} when a request may go out now
	 */
	@Nullable Instant blockedUntil(Instant now, long margin) {
		Instant until = (this.retryAt != null && this.retryAt.isAfter(now)) ? this.retryAt : null;
		if (this.windows == null) {
			return until;
		}
		for (WindowState window : this.windows.values()) {
			boolean spent = window.used() + margin >= window.limit() && window.resetsAt().isAfter(now);
			if (spent && (until == null || window.resetsAt().isAfter(until))) {
				until = window.resetsAt();
			}
		}
		return until;
	}

	/**
	 * One window's state.
	 *
	 * @param limit requests allowed
	 * @param used requests used
	 * @param resetsAt when the window starts again
	 */
	record WindowState(long limit, long used, Instant resetsAt) {

	}

}

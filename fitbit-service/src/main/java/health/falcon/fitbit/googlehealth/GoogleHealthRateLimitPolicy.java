package health.falcon.fitbit.googlehealth;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

import health.falcon.ingest.spi.RateLimitPolicy;
import health.falcon.ingest.spi.RateWindow;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;

/**
 * Google Health's quotas (300 requests per user per minute, 120,000 per project per
 * minute, 86.4M per project per day) are not reported in response headers, so there are
 * no windows to track and nothing to configure: a 429 {@code RESOURCE_EXHAUSTED} is the
 * only signal. After one, the next attempt waits for {@code Retry-After} (seconds or an
 * HTTP date) when present, else one minute, the span of the per-user and per-minute
 * quotas.
 */
class GoogleHealthRateLimitPolicy implements RateLimitPolicy {

	static final Duration DEFAULT_BACKOFF = Duration.ofSeconds(60);

	@Override
	public List<RateWindow> windows(HttpHeaders headers, Instant now) {
		return List.of();
	}

	@Override
	public Instant retryAt(HttpHeaders headers, Instant now) {
		Instant retryAfter = retryAfter(headers.getFirst(HttpHeaders.RETRY_AFTER), now);
		return (retryAfter != null && retryAfter.isAfter(now)) ? retryAfter : now.plus(DEFAULT_BACKOFF);
	}

	private static @Nullable Instant retryAfter(@Nullable String value, Instant now) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return now.plusSeconds(Long.parseLong(value.trim()));
		}
		catch (NumberFormatException ex) {
			try {
				return ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
			}
			catch (DateTimeParseException notADate) {
				return null;
			}
		}
	}

}

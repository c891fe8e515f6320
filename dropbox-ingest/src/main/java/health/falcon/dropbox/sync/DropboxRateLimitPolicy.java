package health.falcon.dropbox.sync;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

import health.falcon.ingest.spi.RateLimitPolicy;
import health.falcon.ingest.spi.RateWindow;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;

/**
 * Dropbox's rate limits: no published numbers and no usage headers, so there are no
 * windows to track; a 429 carries {@code Retry-After} (seconds, which Dropbox always
 * sends on rate-limited responses; an HTTP date is accepted too). Without it the wait is
 * the body's {@code retry_after} ({@code {"error": {"retry_after": 300}}}, also accepted
 * at the top level), else Dropbox's documented default of one second. The body may be
 * absent or not JSON.
 */
class DropboxRateLimitPolicy implements RateLimitPolicy {

	static final Duration DEFAULT_WAIT = Duration.ofSeconds(1);

	private static final Duration LONGEST_WAIT = Duration.ofHours(1);

	@Override
	public List<RateWindow> windows(HttpHeaders headers, Instant now) {
		return List.of();
	}

	private static final JsonMapper json = JsonMapper.builder().build();

	@Override
	public Instant retryAt(HttpHeaders headers, Instant now) {
		return retryAt(headers, new byte[0], now);
	}

	@Override
	public Instant retryAt(HttpHeaders headers, byte[] body, Instant now) {
		String header = headers.getFirst(HttpHeaders.RETRY_AFTER);
		Duration wait = (header != null && !header.isBlank()) ? retryAfter(header, now) : bodyRetryAfter(body);
		return now.plus((wait.compareTo(LONGEST_WAIT) > 0) ? LONGEST_WAIT : wait);
	}

	private static Duration bodyRetryAfter(byte[] body) {
		if (body.length == 0) {
			return DEFAULT_WAIT;
		}
		try {
			JsonNode root = json.readTree(body);
			JsonNode seconds = root.path("error").path("retry_after");
			if (!seconds.isNumber()) {
				seconds = root.path("retry_after");
			}
			return (seconds.isNumber() && seconds.asLong() > 0) ? Duration.ofSeconds(seconds.asLong()) : DEFAULT_WAIT;
		}
		catch (JacksonException ex) {
			// Dropbox may answer a 429 with plain text
			return DEFAULT_WAIT;
		}
	}

	private static Duration retryAfter(@Nullable String value, Instant now) {
		if (value == null || value.isBlank()) {
			return DEFAULT_WAIT;
		}
		try {
			long seconds = Long.parseLong(value.trim());
			return (seconds > 0) ? Duration.ofSeconds(seconds) : DEFAULT_WAIT;
		}
		catch (NumberFormatException ex) {
			return httpDate(value.trim(), now);
		}
	}

	private static Duration httpDate(String value, Instant now) {
		try {
			Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
			return at.isAfter(now) ? Duration.between(now, at) : DEFAULT_WAIT;
		}
		catch (DateTimeParseException ex) {
			return DEFAULT_WAIT;
		}
	}

}

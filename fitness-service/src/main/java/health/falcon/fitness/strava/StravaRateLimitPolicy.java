package health.falcon.fitness.strava;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import health.falcon.ingest.spi.RateLimitPolicy;
import health.falcon.ingest.spi.RateWindow;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;

/**
 * Strava's rate limits: {@code X-RateLimit-Limit}/{@code -Usage} (overall) and
 * {@code X-ReadRateLimit-Limit}/{@code -Usage} (non-upload), each "15-minute,daily". The
 * 15-minute windows reset at :00, :15, :30 and :45 UTC, the daily ones at midnight UTC.
 * Strava sends no {@code Retry-After}: after a 429 the next attempt is at the next
 * quarter hour, or at midnight UTC when a daily window is spent.
 */
class StravaRateLimitPolicy implements RateLimitPolicy {

	private static final long QUARTER_HOUR_SECONDS = 15 * 60;

	@Override
	public List<RateWindow> windows(HttpHeaders headers, Instant now) {
		List<RateWindow> windows = new ArrayList<>(4);
		add(windows, "overall", headers.getFirst("X-RateLimit-Limit"), headers.getFirst("X-RateLimit-Usage"), now);
		add(windows, "read", headers.getFirst("X-ReadRateLimit-Limit"), headers.getFirst("X-ReadRateLimit-Usage"), now);
		return List.copyOf(windows);
	}

	@Override
	public Instant retryAt(HttpHeaders headers, Instant now) {
		boolean dailySpent = windows(headers, now).stream()
			.anyMatch((window) -> window.name().endsWith("-daily") && window.exhausted(0));
		return dailySpent ? nextMidnight(now) : nextQuarterHour(now);
	}

	static Instant nextQuarterHour(Instant now) {
		long seconds = now.getEpochSecond();
		return Instant.ofEpochSecond(seconds - Math.floorMod(seconds, QUARTER_HOUR_SECONDS) + QUARTER_HOUR_SECONDS);
	}

	static Instant nextMidnight(Instant now) {
		return LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	private static void add(List<RateWindow> windows, String prefix, @Nullable String limits, @Nullable String usages,
			Instant now) {
		long[] limit = pair(limits);
		long[] usage = pair(usages);
		if (limit == null || usage == null) {
			return;
		}
		windows.add(new RateWindow(prefix + "-15min", limit[0], usage[0], nextQuarterHour(now)));
		windows.add(new RateWindow(prefix + "-daily", limit[1], usage[1], nextMidnight(now)));
	}

	private static long @Nullable [] pair(@Nullable String value) {
		if (value == null) {
			return null;
		}
		String[] parts = value.split(",");
		if (parts.length != 2) {
			return null;
		}
		try {
			return new long[] { Long.parseLong(parts[0].trim()), Long.parseLong(parts[1].trim()) };
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}

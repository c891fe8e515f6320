package health.falcon.fitbit.googlehealth;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;

/**
 * Where a daily stream starts: at the backfill horizon before its first complete run
 * (only without a newest-first backfill running, which reads those days itself), else at
 * its cursor, but never later than the settle window, the {@code settleDays} local days
 * ending today (by default yesterday and today), which Google still revises.
 */
final class LocalDays {

	private LocalDays() {
	}

	static LocalDate from(@Nullable String cursor, Instant backfillFrom, LocalDate today, ZoneId zone, int settleDays) {
		if (cursor == null) {
			return LocalDate.ofInstant(backfillFrom, zone);
		}
		LocalDate settleFrom = today.minusDays(settleDays - 1L);
		LocalDate next = LocalDate.parse(cursor);
		return next.isBefore(settleFrom) ? next : settleFrom;
	}

}

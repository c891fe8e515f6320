package health.falcon.diet.diary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;

/**
 * Which diary days a run reads for new data, oldest first, in the user's zone. Every run
 * re-reads yesterday and today (the user keeps logging, MyFitnessPal keeps no change
 * feed) and fills a gap since the last day written (the service was down), never further
 * back than the horizon. Without a day written, it starts at the horizon when the
 * connection has a backfill that is not running newest first (one of the old code,
 * finished through this cursor); the newest-first backfill reads the history itself
 * ({@link DiarySync}).
 *
 * @param from the first day
 * @param to the last day (today)
 */
record DiaryDays(LocalDate from, LocalDate to) {

	static DiaryDays of(@Nullable String cursor, boolean fromHorizon, Instant backfillFrom, Instant now, ZoneId zone) {
		LocalDate today = LocalDate.ofInstant(now, zone);
		LocalDate yesterday = today.minusDays(1);
		LocalDate horizon = LocalDate.ofInstant(backfillFrom, zone);
		LocalDate from;
		if (cursor == null) {
			from = fromHorizon ? horizon : yesterday;
		}
		else {
			LocalDate next = LocalDate.parse(cursor).plusDays(1);
			from = next.isBefore(yesterday) ? next : yesterday;
		}
		if (from.isBefore(horizon)) {
			from = horizon;
		}
		return new DiaryDays(from.isAfter(today) ? today : from, today);
	}

}

package health.falcon.diet.diary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import health.falcon.ingest.spi.SyncTrigger;
import org.jspecify.annotations.Nullable;

/**
 * Which diary days a run reads, oldest first, in the user's zone. Every run re-reads
 * yesterday and today (the user keeps logging, MyFitnessPal keeps no change feed); a
 * backfill starts at the backfill horizon, or after the last day written when it resumes;
 * any run also fills a gap since the last day written (the service was down), never
 * further back than the horizon.
 *
 * @param from the first day
 * @param to the last day (today)
 */
record DiaryDays(LocalDate from, LocalDate to) {

	static DiaryDays of(SyncTrigger trigger, @Nullable String cursor, Instant backfillFrom, Instant now, ZoneId zone) {
		LocalDate today = LocalDate.ofInstant(now, zone);
		LocalDate yesterday = today.minusDays(1);
		LocalDate horizon = LocalDate.ofInstant(backfillFrom, zone);
		LocalDate from;
		if (cursor == null) {
			from = (trigger == SyncTrigger.BACKFILL) ? horizon : yesterday;
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

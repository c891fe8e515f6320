package health.falcon.ingest.spi;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Drives a backfill of whole local days newest first. Each window ends where the last one
 * began (or, before the first, with today), is handed to the connector's reader, and only
 * once the reader has returned (its data stored) is the window's start recorded as
 * {@code reached}; so a crash or a deferred run leaves {@code reached} at the last stored
 * window and the next run goes on from there, without a gap and without reading a stored
 * window again. The last window begins on the local day of {@code from}, whose start is
 * at or before {@code from}, which completes the backfill.
 */
public final class BackfillWindows {

	private BackfillWindows() {
	}

	/**
	 * Read up to {@code maxWindows} windows of the backfill, newest first.
	 * @param context the run (its backfill state and clock)
	 * @param zone the user's zone, which defines the local days
	 * @param days how many local days a window holds (at least one)
	 * @param maxWindows the most windows this run reads
	 * @param reader reads and stores one window
	 * @return how many windows were read
	 */
	public static int days(SyncContext context, ZoneId zone, int days, int maxWindows, DayWindowReader reader) {
		if (days < 1) {
			throw new IllegalArgumentException("A backfill window holds at least one day");
		}
		BackfillState state = context.backfill();
		if (state == null || state.completed()) {
			return 0;
		}
		LocalDate horizon = LocalDate.ofInstant(state.from(), zone);
		Instant reached = state.reached();
		// the first window holds today, even at its first instant
		LocalDate until = (reached != null) ? firstDayAfter(reached, zone)
				: LocalDate.ofInstant(context.clock().instant(), zone).plusDays(1);
		int read = 0;
		while (read < maxWindows && until.isAfter(horizon)) {
			LocalDate first = until.minusDays(days);
			first = first.isBefore(horizon) ? horizon : first;
			reader.read(first, until);
			context.backfillProgress(state.from(), first.atStartOfDay(zone).toInstant());
			until = first;
			read++;
		}
		if (!until.isAfter(horizon) && read == 0) {
			// nothing was left between the edge and the horizon
			context.backfillProgress(state.from(), state.from());
		}
		return read;
	}

	/**
	 * The first local day that starts at or after an instant: the instant's own day when
	 * it is that day's start, else the next day. A window ending there leaves no gap
	 * before {@code reached}, also when the user's zone changed since it was recorded.
	 * @param instant the instant
	 * @param zone the user's zone
	 * @return the day
	 */
	static LocalDate firstDayAfter(Instant instant, ZoneId zone) {
		LocalDate day = LocalDate.ofInstant(instant, zone);
		return day.atStartOfDay(zone).toInstant().equals(instant) ? day : day.plusDays(1);
	}

	/**
	 * Reads one window of whole local days and stores what it read before it returns.
	 */
	@FunctionalInterface
	public interface DayWindowReader {

		/**
		 * @param first the first day of the window
		 * @param until the first day after the window
		 */
		void read(LocalDate first, LocalDate until);

	}

}

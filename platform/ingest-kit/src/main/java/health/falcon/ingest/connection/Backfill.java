package health.falcon.ingest.connection;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Progress of the history import after connecting. It reads newest first: {@code reached}
 * starts at the connection time and moves back towards {@code from}.
 *
 * @param from the oldest instant the backfill will reach
 * @param reached the oldest instant read and stored completely so far (everything from it
 * up to the connection time is stored), {@code null} before the first window
 * @param completed whether it reached {@code from}
 * @param newestFirst whether the state was written by the newest-first backfill; a stored
 * state without it comes from the old oldest-first code, where {@code reached} moved
 * forward from {@code from}
 */
public record Backfill(Instant from, @Nullable Instant reached, boolean completed, @Nullable Boolean newestFirst) {

	/**
	 * A backfill that has read nothing yet.
	 * @param from the oldest instant it will reach
	 * @return the planned backfill
	 */
	public static Backfill planned(Instant from) {
		return new Backfill(from, null, false, true);
	}

	/**
	 * Whether this is an unfinished backfill of the old oldest-first code, which the kit
	 * finishes the old way: it marks it completed, and the connector's stream cursors
	 * (which the old code moved forward from {@code from}) read on to now.
	 * @return whether it needs that migration
	 */
	public boolean unfinishedOldestFirst() {
		return !this.completed && !readsNewestFirst();
	}

	/**
	 * @return whether the newest-first backfill wrote this state
	 */
	public boolean readsNewestFirst() {
		return Boolean.TRUE.equals(this.newestFirst);
	}

}

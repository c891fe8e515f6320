package health.falcon.ingest.spi;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A connection's backfill as a run sees it. The backfill reads newest first: everything
 * from {@code reached} up to the connection time is stored, and {@code reached} moves
 * back towards {@code from}; new data after the connection time is the stream cursors'
 * work.
 *
 * @param from the oldest instant the backfill will reach
 * @param reached the oldest instant read and stored completely so far, {@code null}
 * before the first window
 * @param completed whether nothing is left to read ({@code reached} is at or before
 * {@code from})
 */
public record BackfillState(Instant from, @Nullable Instant reached, boolean completed) {

	/**
	 * Where the next window ends: at {@code reached}, or at {@code now} before the first
	 * window.
	 * @param now the current time
	 * @return the newest instant the next window must read up to (exclusive)
	 */
	public Instant newestEdge(Instant now) {
		Instant reached = this.reached;
		return (reached != null) ? reached : now;
	}

}

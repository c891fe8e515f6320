package health.falcon.devstack.sandbox.common;

import java.time.Duration;
import java.time.Instant;

/**
 * Counts events in fixed windows aligned to the Unix epoch, so a 15-minute window starts
 * at :00, :15, :30 and :45 UTC and a one-day window at midnight UTC. The count restarts
 * at zero when a new window begins. Thread-safe.
 */
public final class FixedWindowCounter {

	private final long windowSeconds;

	private long windowIndex = Long.MIN_VALUE;

	private long count;

	/**
	 * Creates a counter.
	 * @param window window length, a whole number of seconds dividing a day evenly
	 */
	public FixedWindowCounter(Duration window) {
		this.windowSeconds = window.toSeconds();
	}

	/**
	 * Counts one event at {@code now}.
	 * @param now the event time
	 * @return the count in the current window, including this event
	 */
	public synchronized long increment(Instant now) {
		roll(now);
		this.count++;
		return this.count;
	}

	/**
	 * Returns the count in the window containing {@code now}, without counting.
	 * @param now the time to look at
	 * @return the count, zero when no event fell in this window
	 */
	public synchronized long current(Instant now) {
		roll(now);
		return this.count;
	}

	private void roll(Instant now) {
		long index = Math.floorDiv(now.getEpochSecond(), this.windowSeconds);
		if (index != this.windowIndex) {
			this.windowIndex = index;
			this.count = 0;
		}
	}

}

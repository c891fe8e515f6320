package health.falcon.bluegreen;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * Waits until an instant: the hold of the old colour before its scale-down.
 */
@FunctionalInterface
interface Pause {

	/** Blocks the calling thread until the clock reaches the deadline. */
	Pause SLEEP = (deadline, clock) -> {
		Duration left = Duration.between(clock.instant(), deadline);
		if (!left.isNegative() && !left.isZero()) {
			TimeUnit.MILLISECONDS.sleep(left.toMillis());
		}
	};

	/**
	 * Waits.
	 * @param deadline when to return
	 * @param clock the clock the deadline was computed with
	 * @throws InterruptedException when interrupted while waiting
	 */
	void until(Instant deadline, Clock clock) throws InterruptedException;

}

package health.falcon.ingest.time;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Waits. Every wait of the kit (rate-limit windows, retry backoff, lease waits) goes
 * through this bean so that tests replace it with one that records the wait and moves a
 * controllable clock instead of sleeping.
 */
@FunctionalInterface
public interface Sleeper {

	/**
	 * Wait for the given duration.
	 * @param duration how long; zero or negative returns at once
	 * @throws InterruptedWaitException when the thread is interrupted while waiting
	 */
	void sleep(Duration duration);

	/**
	 * The real sleeper.
	 * @return a sleeper that blocks the calling thread
	 */
	static Sleeper system() {
		return (duration) -> {
			if (duration.isNegative() || duration.isZero()) {
				return;
			}
			try {
				TimeUnit.MILLISECONDS.sleep(duration.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new InterruptedWaitException(ex);
			}
		};
	}

}

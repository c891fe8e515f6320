package health.falcon.testsupport;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import health.falcon.ingest.time.Sleeper;

/**
 * A sleeper that records each wait and moves the clock instead of sleeping.
 */
public class RecordingSleeper implements Sleeper {

	private final List<Duration> waits = new CopyOnWriteArrayList<>();

	private final MutableClock clock;

	public RecordingSleeper(MutableClock clock) {
		this.clock = clock;
	}

	@Override
	public void sleep(Duration duration) {
		this.waits.add(duration);
		this.clock.advance(duration);
	}

	public List<Duration> waits() {
		return List.copyOf(this.waits);
	}

	public void reset() {
		this.waits.clear();
	}

}

package health.falcon.fitness.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts events dropped because the queue of looks was full
 * ({@code falcon.fitness.strava.webhook.dropped}) and warns at most once per interval, so
 * that a flood cannot flood the log too.
 */
class DroppedEvents {

	private static final Logger logger = LoggerFactory.getLogger(DroppedEvents.class);

	private final Counter dropped;

	private final Clock clock;

	private final Duration interval;

	private final int capacity;

	private final AtomicReference<Instant> nextWarning = new AtomicReference<>(Instant.MIN);

	DroppedEvents(MeterRegistry meters, Clock clock, Duration interval, int capacity) {
		this.dropped = Counter.builder("falcon.fitness.strava.webhook.dropped")
			.description("Strava events dropped because the queue of looks was full")
			.register(meters);
		this.clock = clock;
		this.interval = interval;
		this.capacity = capacity;
	}

	void drop() {
		this.dropped.increment();
		Instant now = this.clock.instant();
		Instant due = this.nextWarning.get();
		if (!now.isBefore(due) && this.nextWarning.compareAndSet(due, now.plus(this.interval))) {
			logger.warn("Strava webhook queue full ({} looks pending); dropping events, {} dropped since start",
					this.capacity, (long) this.dropped.count());
		}
	}

}

package health.falcon.data.insights.sleep;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import org.jspecify.annotations.Nullable;

/**
 * One night's main sleep.
 *
 * @param date the local date the sleep ends on
 * @param start when it started
 * @param end when it ended
 * @param bedTime the local clock time it started
 * @param wakeTime the local clock time it ended
 * @param minutesAsleep the minutes asleep
 * @param efficiency the minutes asleep per minute in bed, percent
 * @param source the provenance, {@code provider/channel}
 */
record Night(LocalDate date, Instant start, Instant end, LocalTime bedTime, LocalTime wakeTime,
		@Nullable Integer minutesAsleep, @Nullable Double efficiency, @Nullable String source) {

	/**
	 * The time in bed, from the instants: a night across a change of the clocks counts
	 * its real length.
	 * @return the minutes from start to end
	 */
	long minutesInBed() {
		return (this.end.getEpochSecond() - this.start.getEpochSecond()) / 60;
	}

}

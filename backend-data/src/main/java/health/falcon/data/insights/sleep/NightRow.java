package health.falcon.data.insights.sleep;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One night as the sleep insight shows it; a value the night does not have is
 * {@code null}.
 *
 * @param date the local date the night ends on
 * @param start when the main sleep started
 * @param end when it ended
 * @param bedTime the local clock time it started, {@code HH:mm}
 * @param wakeTime the local clock time it ended, {@code HH:mm}
 * @param minutesInBed the minutes from start to end (a night across a change of the
 * clocks counts its real length)
 * @param minutesAsleep the minutes asleep
 * @param efficiency minutes asleep per minute in bed, percent
 * @param sleepingHeartRate the mean heart rate from start to end, bpm
 * @param eveningHeartRate the mean heart rate of the two hours before the start, bpm
 * @param dipPercent {@code (evening − sleeping) / evening × 100}
 * @param source the provenance, {@code provider/channel}
 */
record NightRow(LocalDate date, Instant start, Instant end, String bedTime, String wakeTime, long minutesInBed,
		@Nullable Integer minutesAsleep, @Nullable Double efficiency, @Nullable Double sleepingHeartRate,
		@Nullable Double eveningHeartRate, @Nullable Double dipPercent, @Nullable String source) {

}

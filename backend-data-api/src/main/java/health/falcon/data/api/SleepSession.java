package health.falcon.data.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One sleep session of a list, with its minutes per stage.
 *
 * @param id the session's id ({@code <userId>:<start epoch minute>}), for
 * {@link SleepClient#session}
 * @param start when it started
 * @param end when it ended
 * @param offset the UTC offset of the session, {@code +01:00}
 * @param dateOfSleep the local date it counts for (the wake-up date)
 * @param mainSleep whether it is the night's main sleep (not a nap)
 * @param efficiency sleep efficiency in percent, {@code null} when not reported
 * @param minutesAsleep minutes asleep, {@code null} when not reported
 * @param minutesAwake minutes awake, {@code null} when not reported
 * @param stageMinutes minutes per stage ({@code deep}, {@code light}, {@code rem},
 * {@code wake}, or the classic {@code asleep}, {@code restless}, {@code awake})
 * @param source where it came from
 */
public record SleepSession(String id, Instant start, Instant end, String offset, LocalDate dateOfSleep,
		boolean mainSleep, @Nullable Integer efficiency, @Nullable Integer minutesAsleep,
		@Nullable Integer minutesAwake, Map<String, Integer> stageMinutes, @Nullable SourceInfo source) {

}

package health.falcon.data.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One sleep session with its stage timeline; the members before {@code stages} are those
 * of {@link SleepSession}.
 *
 * @param id the session's id
 * @param start when it started
 * @param end when it ended
 * @param offset the UTC offset of the session
 * @param dateOfSleep the local date it counts for
 * @param mainSleep whether it is the night's main sleep
 * @param efficiency sleep efficiency in percent, {@code null} when not reported
 * @param minutesAsleep minutes asleep, {@code null} when not reported
 * @param minutesAwake minutes awake, {@code null} when not reported
 * @param stageMinutes minutes per stage
 * @param source where it came from
 * @param stages the timeline, in time order
 */
public record SleepSessionDetail(String id, Instant start, Instant end, String offset, LocalDate dateOfSleep,
		boolean mainSleep, @Nullable Integer efficiency, @Nullable Integer minutesAsleep,
		@Nullable Integer minutesAwake, Map<String, Integer> stageMinutes, @Nullable SourceInfo source,
		List<Stage> stages) {

	/**
	 * One stretch of the timeline.
	 *
	 * @param start when the stage began
	 * @param seconds how long it lasted
	 * @param level the stage ({@code deep}, {@code light}, {@code rem}, {@code wake},
	 * ...)
	 */
	public record Stage(Instant start, int seconds, String level) {

	}

}

package health.falcon.fitbit.sleep;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One sleep session, from the Google Health API or a Fitbit export. Its natural key is
 * the user and the start instant (to the minute): the same night from the API and from an
 * export is one session, whatever id each source gives it.
 *
 * @param start when the session started (UTC)
 * @param end when it ended (UTC)
 * @param offset the wall-clock offset at the start
 * @param dateOfSleep the local date the session is filed under (the wake-up date, as
 * Fitbit does)
 * @param mainSleep whether this is the night's main sleep (not a nap)
 * @param efficiency sleep efficiency in percent, when reported
 * @param minutesAsleep minutes asleep, when reported
 * @param minutesAwake minutes awake, when reported
 * @param stageMinutes minutes per stage ({@code deep}, {@code light}, {@code rem},
 * {@code wake}, or the classic {@code asleep}, {@code restless}, {@code awake})
 * @param stages the stage timeline
 */
public record SleepSession(Instant start, Instant end, ZoneOffset offset, LocalDate dateOfSleep, boolean mainSleep,
		@Nullable Integer efficiency, @Nullable Integer minutesAsleep, @Nullable Integer minutesAwake,
		Map<String, Integer> stageMinutes, List<Stage> stages) {

	/**
	 * One stretch of the timeline.
	 *
	 * @param start when the stage began (UTC)
	 * @param seconds how long it lasted
	 * @param level the stage ({@code deep}, {@code light}, {@code rem}, {@code wake},
	 * ...)
	 */
	public record Stage(Instant start, int seconds, String level) {

	}

}

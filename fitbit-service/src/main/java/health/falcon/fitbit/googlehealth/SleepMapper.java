package health.falcon.fitbit.googlehealth;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import health.falcon.fitbit.sleep.SleepSession;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Maps {@code sleep} data points. Stages become lower-case levels as Fitbit named them
 * ({@code deep}, {@code light}, {@code rem}, {@code wake} for STAGES sleep;
 * {@code asleep}, {@code restless}, {@code awake} for CLASSIC sleep). Stage minutes come
 * from {@code summary.stagesSummary}, else from the timeline. Efficiency is minutes
 * asleep over minutes in the sleep period. The date of sleep is the local wake-up date.
 * v4 marks no main sleep: a session is main unless {@code metadata.nap} is true, and of
 * several on one date only the longest is.
 */
final class SleepMapper {

	/** Longer than any sleep; a stage or a count of minutes beyond it is a bad record. */
	private static final Duration LONGEST = Duration.ofDays(2);

	private SleepMapper() {
	}

	static SleepSession session(JsonNode point) {
		JsonNode sleep = HealthJson.require(point, "sleep");
		JsonNode interval = HealthJson.require(sleep, "interval");
		Instant start = HealthJson.instant(interval, "startTime");
		Instant end = HealthJson.instant(interval, "endTime");
		if (!end.isAfter(start)) {
			throw new UnmappableDataPointException("sleep ends before it starts");
		}
		ZoneOffset startOffset = HealthJson.offset(interval, "startUtcOffset");
		ZoneOffset endOffset = (HealthJson.field(interval, "endUtcOffset") != null)
				? HealthJson.offset(interval, "endUtcOffset") : startOffset;
		boolean classic = "CLASSIC".equals(HealthJson.text(sleep, "type", "STAGES"));
		boolean nap = HealthJson.field(sleep, "metadata") != null
				&& HealthJson.require(sleep, "metadata").path("nap").asBoolean(false);
		JsonNode summary = HealthJson.field(sleep, "summary");
		List<SleepSession.Stage> stages = stages(sleep, classic);
		Long asleep = HealthJson.optionalInt64(summary, "minutesAsleep");
		Long period = HealthJson.optionalInt64(summary, "minutesInSleepPeriod");
		Long awake = HealthJson.optionalInt64(summary, "minutesAwake");
		Integer efficiency = (asleep != null && period != null && period > 0)
				? (int) Math.round(100.0 * asleep / period) : null;
		return new SleepSession(start, end, startOffset, LocalDate.ofInstant(end, endOffset), !nap, efficiency,
				toInt(asleep), toInt(awake), stageMinutes(summary, stages, classic), stages);
	}

	/**
	 * Keep the main-sleep flag only on the longest non-nap session of each date.
	 * @param sessions sessions of one page
	 * @return the sessions with the flag settled
	 */
	static List<SleepSession> settleMainSleep(Collection<SleepSession> sessions) {
		Map<LocalDate, SleepSession> longest = new LinkedHashMap<>();
		Comparator<SleepSession> length = Comparator.comparing((s) -> Duration.between(s.start(), s.end()));
		for (SleepSession session : sessions) {
			if (session.mainSleep()) {
				longest.merge(session.dateOfSleep(), session, (a, b) -> (length.compare(a, b) >= 0) ? a : b);
			}
		}
		List<SleepSession> settled = new ArrayList<>(sessions.size());
		for (SleepSession s : sessions) {
			boolean main = s.mainSleep() && longest.get(s.dateOfSleep()) == s;
			settled.add((main == s.mainSleep()) ? s : new SleepSession(s.start(), s.end(), s.offset(), s.dateOfSleep(),
					false, s.efficiency(), s.minutesAsleep(), s.minutesAwake(), s.stageMinutes(), s.stages()));
		}
		return settled;
	}

	private static List<SleepSession.Stage> stages(JsonNode sleep, boolean classic) {
		List<SleepSession.Stage> stages = new ArrayList<>();
		for (JsonNode stage : DataPointPages.points(HealthJson.field(sleep, "stages"))) {
			Instant start = HealthJson.instant(stage, "startTime");
			Instant end = HealthJson.instant(stage, "endTime");
			long seconds = Duration.between(start, end).toSeconds();
			if (seconds < 0) {
				throw new UnmappableDataPointException("sleep stage ends before it starts");
			}
			if (seconds > LONGEST.toSeconds()) {
				throw new UnmappableDataPointException("sleep stage longer than two days");
			}
			stages
				.add(new SleepSession.Stage(start, (int) seconds, level(HealthJson.text(stage, "type", ""), classic)));
		}
		stages.sort(Comparator.comparing(SleepSession.Stage::start));
		return List.copyOf(stages);
	}

	private static Map<String, Integer> stageMinutes(@Nullable JsonNode summary, List<SleepSession.Stage> stages,
			boolean classic) {
		Map<String, Integer> minutes = new LinkedHashMap<>();
		List<JsonNode> reported = DataPointPages.points(HealthJson.field(summary, "stagesSummary"));
		for (JsonNode stage : reported) {
			minutes.merge(level(HealthJson.text(stage, "type", ""), classic),
					minutes(HealthJson.int64(stage, "minutes")), Integer::sum);
		}
		if (reported.isEmpty()) {
			for (SleepSession.Stage stage : stages) {
				minutes.merge(stage.level(), stage.seconds() / 60, Integer::sum);
			}
		}
		return Map.copyOf(minutes);
	}

	static String level(String type, boolean classic) {
		return switch (type) {
			case "AWAKE" -> classic ? "awake" : "wake";
			case "LIGHT", "DEEP", "REM", "ASLEEP", "RESTLESS" -> type.toLowerCase(Locale.ROOT);
			default -> throw new UnmappableDataPointException("unknown sleep stage type");
		};
	}

	private static @Nullable Integer toInt(@Nullable Long value) {
		return (value != null) ? minutes(value) : null;
	}

	// a count of minutes of one sleep: never negative, never more than two days
	private static int minutes(long value) {
		if (value < 0 || value > LONGEST.toMinutes()) {
			throw new UnmappableDataPointException("sleep minutes out of range");
		}
		return (int) value;
	}

}

package health.falcon.fitbit.export;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import health.falcon.fitbit.sleep.SleepSession;
import health.falcon.model.MeasurementTime;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Maps one {@code sleep-*.json} log to a {@link SleepSession}. Its {@code startTime},
 * {@code endTime} and stage times are local wall times without offset (every account
 * agrees), read in the confirmed zone.
 */
final class SleepMapping {

	private SleepMapping() {
	}

	static SleepSession session(JsonNode log, WallClock clock) {
		MeasurementTime start = clock.resolve(local(log, "startTime"));
		MeasurementTime end = clock.resolve(local(log, "endTime"));
		if (end.instant().isBefore(start.instant())) {
			throw new IllegalArgumentException("endTime before startTime");
		}
		Map<String, Integer> stageMinutes = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> stage : log.path("levels").path("summary").properties()) {
			JsonNode minutes = stage.getValue().path("minutes");
			if (minutes.isNumber()) {
				stageMinutes.put(stage.getKey(), minutes.asInt());
			}
		}
		List<SleepSession.Stage> stages = new ArrayList<>();
		for (JsonNode stage : log.path("levels").path("data")) {
			MeasurementTime at = clock.resolve(local(stage, "dateTime"));
			stages.add(new SleepSession.Stage(at.instant(), stage.path("seconds").asInt(0), text(stage, "level")));
		}
		LocalDate dateOfSleep = log.hasNonNull("dateOfSleep") ? LocalDate.parse(text(log, "dateOfSleep"))
				: end.localDate();
		return new SleepSession(start.instant(), end.instant(), start.offset(), dateOfSleep,
				log.path("mainSleep").asBoolean(true), integer(log, "efficiency"), integer(log, "minutesAsleep"),
				integer(log, "minutesAwake"), stageMinutes, stages);
	}

	private static LocalDateTime local(JsonNode node, String field) {
		return fourDigitYear(LocalDateTime.parse(text(node, field)));
	}

	/**
	 * Refuse a year no export writes (its stamps have four digits); this also keeps a
	 * session's instants within what the store's BSON dates hold.
	 * @param <T> the type of time
	 * @param time a wall time or a stamp
	 * @return {@code time} itself
	 * @throws IllegalArgumentException if its year is not between 0 and 9999
	 */
	static <T extends TemporalAccessor> T fourDigitYear(T time) {
		int year = time.get(ChronoField.YEAR);
		if (year < 0 || year > 9999) {
			throw new IllegalArgumentException("year out of range: " + year);
		}
		return time;
	}

	static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		if (value == null || !value.isString() || value.stringValue().isBlank()) {
			throw new IllegalArgumentException("missing '" + field + "'");
		}
		return value.stringValue();
	}

	private static @Nullable Integer integer(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value != null && value.isNumber()) ? value.asInt() : null;
	}

}

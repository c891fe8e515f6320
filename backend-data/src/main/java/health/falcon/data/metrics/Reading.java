package health.falcon.data.metrics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One stored value of a metric: a daily document's value, a sleep session or a reading.
 *
 * @param day the local date it counts for, as stored (the day it was measured in, in the
 * zone it was measured in)
 * @param at when it was measured, for readings; {@code null} for daily values
 * @param value the value in the metric's stored unit
 * @param parts the metric's extra members: {@code systolic}, {@code diastolic},
 * {@code pulse} of a blood-pressure reading, minutes per stage of a sleep session; empty
 * for every other metric but HRV, whose recordings add {@code sdnn} where stated or
 * recomputed
 * @param source the writer's {@code provider/channel}, or {@code null}
 * @param offset the UTC offset it was measured at, for readings and sessions that store
 * one; {@code null} otherwise
 */
record Reading(LocalDate day, @Nullable Instant at, double value, Map<String, Double> parts, @Nullable String source,
		@Nullable ZoneOffset offset) {

	Reading(LocalDate day, @Nullable Instant at, double value, Map<String, Double> parts, @Nullable String source) {
		this(day, at, value, parts, source, null);
	}

	static Reading daily(LocalDate day, double value, @Nullable String source) {
		return new Reading(day, null, value, Map.of(), source);
	}

}

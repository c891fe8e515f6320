package health.falcon.data.metrics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One stored value of a metric as the exports read it, in the unit system asked for.
 *
 * @param day the local date it counts for, as stored (in the zone it was measured in)
 * @param at when it was measured, for readings and sleep sessions (the session's start);
 * {@code null} for the metrics stored once per date
 * @param offset the UTC offset it was measured at, where stored; {@code null} otherwise
 * @param value the value in {@link MetricValues#unit(String, boolean)}
 * @param parts the extra members: {@code systolic}, {@code diastolic} (mmHg) and
 * {@code pulse} (bpm) of a blood-pressure reading, minutes per stage of a sleep session,
 * {@code sdnn} (ms) of an HRV recording; empty otherwise
 * @param source the writer's {@code provider/channel}, or {@code null}
 */
public record MetricValue(LocalDate day, @Nullable Instant at, @Nullable ZoneOffset offset, double value,
		Map<String, Double> parts, @Nullable String source) {

}

package health.falcon.data.dashboard;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One stored day's value of a daily metric.
 *
 * @param day the stored local date
 * @param value the value
 * @param source the provenance, {@code provider/channel}, if known
 */
record DayValue(LocalDate day, double value, @Nullable String source) {

}

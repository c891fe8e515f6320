package health.falcon.data.metrics;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One stored day of a daily metric.
 *
 * @param day the stored local date (the day it was measured in, in its own zone)
 * @param value the day's value
 * @param source the writer's {@code provider/channel}, or {@code null}
 */
record DailyValue(LocalDate day, double value, @Nullable String source) {

}

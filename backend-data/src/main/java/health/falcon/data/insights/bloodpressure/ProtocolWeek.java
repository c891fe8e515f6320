package health.falcon.data.insights.bloodpressure;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A home-monitoring week (see {@link HomeProtocol}).
 *
 * @param from the week's first local date (day 1, discarded)
 * @param to the week's last local date (day 7)
 * @param days the seven days with their morning and evening counts
 * @param daysWithReadings how many of the seven days have a morning or evening reading
 * @param readings how many readings of days 2 to 7 the average uses (at most two per
 * morning and two per evening)
 * @param average the average of those readings over days 2 to 7
 * @param thresholds the average against the home thresholds
 * @param validWeekComplete whether all seven days have readings and days 2 to 7 have at
 * least twelve
 * @param missing what the week lacks in plain words, {@code null} when complete
 */
record ProtocolWeek(LocalDate from, LocalDate to, List<ProtocolDay> days, int daysWithReadings, int readings,
		PeriodAverage average, List<ThresholdComparison> thresholds, boolean validWeekComplete,
		@Nullable String missing) {

}

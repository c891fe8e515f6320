package health.falcon.data.insights.bloodpressure;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The {@code detail} of the {@code blood-pressure} insight (its JSON is documented in
 * {@code docs/insights.md}).
 *
 * @param readings the readings of the last 30 days, oldest first
 * @param last7 the average of the last 7 days (today included)
 * @param last30 the average of the last 30 days
 * @param morning the average of the last 30 days' morning readings (04:00-11:59)
 * @param evening the average of the last 30 days' evening readings (17:00-23:59)
 * @param distribution how many of the last 30 days' readings fall in each category
 * @param protocol the home-monitoring week ending on the latest reading's date
 */
record BloodPressureDetail(List<ReadingView> readings, PeriodAverage last7, PeriodAverage last30, PeriodAverage morning,
		PeriodAverage evening, Map<String, Integer> distribution, @Nullable ProtocolWeek protocol) {

}

package health.falcon.data.insights.sleep;

import org.jspecify.annotations.Nullable;

/**
 * How regular the last 30 nights' bed and wake times were: their circular means and
 * standard deviations ({@link ClockSpread}).
 *
 * @param nights the nights used
 * @param bedTimeMean the mean bed time, {@code HH:mm}
 * @param bedTimeSdMinutes the bed times' standard deviation, minutes
 * @param wakeTimeMean the mean wake time, {@code HH:mm}
 * @param wakeTimeSdMinutes the wake times' standard deviation, minutes
 */
record Regularity(int nights, String bedTimeMean, @Nullable Double bedTimeSdMinutes, String wakeTimeMean,
		@Nullable Double wakeTimeSdMinutes) {

}

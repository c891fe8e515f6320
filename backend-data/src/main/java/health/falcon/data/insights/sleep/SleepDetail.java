package health.falcon.data.insights.sleep;

import java.util.List;

import health.falcon.data.insights.energy.Means;
import org.jspecify.annotations.Nullable;

/**
 * The {@code detail} of the {@code sleep} insight.
 *
 * @param nights the last 30 nights that have a main sleep, oldest first
 * @param minutesAsleep the 7- and 30-day means of the minutes asleep
 * @param efficiency the means of the efficiency, percent
 * @param regularity the spread of bed and wake times, {@code null} with fewer than 3
 * nights
 * @param sleepingHeartRate the means of the sleeping heart rate, bpm
 * @param dipPercent the means of the dip from the evening, percent
 */
record SleepDetail(List<NightRow> nights, Means minutesAsleep, Means efficiency, @Nullable Regularity regularity,
		Means sleepingHeartRate, Means dipPercent) {

}

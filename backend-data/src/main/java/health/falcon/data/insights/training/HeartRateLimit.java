package health.falcon.data.insights.training;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The maximum or the resting heart rate the TRIMP is computed with.
 *
 * @param bpm the heart rate in bpm
 * @param estimated {@code false} when the user set it, {@code true} when estimated from
 * the data
 * @param from where it came from: {@value #SETTINGS}, {@value #ACTIVITY} (the highest
 * maximum heart rate of an activity), {@value #INTRADAY} (the highest per-minute maximum
 * of the intraday heart rate) or {@value #RESTING_MEDIAN} (the lowest 30-day median of
 * the daily resting heart rate)
 * @param date the day of the estimate (the activity's or the heart-rate day's date, the
 * last day of the 30-day window), {@code null} when set
 */
record HeartRateLimit(double bpm, boolean estimated, String from, @Nullable LocalDate date) {

	static final String SETTINGS = "settings";

	static final String ACTIVITY = "activity-max-heart-rate";

	static final String INTRADAY = "intraday-maximum";

	static final String RESTING_MEDIAN = "resting-heart-rate-30-day-median";

	static HeartRateLimit set(int bpm) {
		return new HeartRateLimit(bpm, false, SETTINGS, null);
	}

}

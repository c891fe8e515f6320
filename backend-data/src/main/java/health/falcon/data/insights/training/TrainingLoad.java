package health.falcon.data.insights.training;

import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import health.falcon.documents.settings.HeartRateSettings;
import org.jspecify.annotations.Nullable;

/**
 * What the training load read and scored for one user.
 *
 * @param settings the user's heart-rate settings
 * @param formula the TRIMP coefficients
 * @param max the maximum heart rate, {@code null} when neither set nor estimable
 * @param resting the resting heart rate, {@code null} when neither set nor estimable
 * @param limits both limits, {@code null} when one is missing or the resting rate is not
 * below the maximum
 * @param readFrom the first local date read (the warm-up's start)
 * @param shownFrom the first local date shown
 * @param to the last local date (the user's today)
 * @param stored every activity read, in start order
 * @param activities every activity read, scored; empty when the limits are unknown
 * @param days the heart-rate days' summaries read
 * @param intradayMinutes the number of per-minute rollups read for the activities
 */
record TrainingLoad(HeartRateSettings settings, TrimpFormula formula, @Nullable HeartRateLimit max,
		@Nullable HeartRateLimit resting, @Nullable HeartRateLimits limits, LocalDate readFrom, LocalDate shownFrom,
		LocalDate to, List<StoredActivity> stored, List<ActivityLoad> activities, HeartRateDays days,
		int intradayMinutes) {

	/**
	 * The daily load: the sum of the TRIMPs of each day's scored activities; a day
	 * without one has no entry.
	 * @param loads scored and unscored activities
	 */
	static SortedMap<LocalDate, Double> daily(List<ActivityLoad> loads) {
		SortedMap<LocalDate, Double> daily = new TreeMap<>();
		for (ActivityLoad load : loads) {
			if (load.trimp() != null) {
				daily.merge(load.date(), load.trimp(), Double::sum);
			}
		}
		return daily;
	}

}

package health.falcon.data.insights.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import health.falcon.documents.settings.HeartRateSettings;
import org.jspecify.annotations.Nullable;

/**
 * The maximum and resting heart rate: the user's settings where set, otherwise estimated
 * from the stored data. The maximum is the highest of the activities' maximum heart rate
 * and the days' intraday maxima (the highest per-minute maximum, the day's
 * {@code maxBpm}), values outside 100–230 bpm (the range the settings accept) left out as
 * artefacts. The resting rate is the lowest median of the daily resting heart rate over
 * any 30 days that hold at least {@value #MINIMUM_RESTING_DAYS} values.
 */
final class LimitsEstimator {

	static final int RESTING_WINDOW_DAYS = 30;

	static final int MINIMUM_RESTING_DAYS = 7;

	private LimitsEstimator() {
	}

	static @Nullable HeartRateLimit max(HeartRateSettings settings, List<StoredActivity> activities,
			SortedMap<LocalDate, Integer> intradayMaxima) {
		if (settings.max() != null) {
			return HeartRateLimit.set(settings.max());
		}
		HeartRateLimit best = null;
		for (StoredActivity activity : activities) {
			Double max = activity.maxHeartRate();
			if (max != null && plausible(max) && (best == null || max > best.bpm())) {
				best = new HeartRateLimit(max, true, HeartRateLimit.ACTIVITY, activity.date());
			}
		}
		for (Map.Entry<LocalDate, Integer> day : intradayMaxima.entrySet()) {
			double max = day.getValue();
			if (plausible(max) && (best == null || max > best.bpm())) {
				best = new HeartRateLimit(max, true, HeartRateLimit.INTRADAY, day.getKey());
			}
		}
		return best;
	}

	static @Nullable HeartRateLimit resting(HeartRateSettings settings, SortedMap<LocalDate, Integer> restingDays) {
		if (settings.resting() != null) {
			return HeartRateLimit.set(settings.resting());
		}
		HeartRateLimit lowest = null;
		for (LocalDate last : restingDays.keySet()) {
			List<Integer> window = new ArrayList<>(
					restingDays.subMap(last.minusDays(RESTING_WINDOW_DAYS - 1), last.plusDays(1)).values());
			if (window.size() < MINIMUM_RESTING_DAYS) {
				continue;
			}
			double median = median(window);
			if (lowest == null || median < lowest.bpm()) {
				lowest = new HeartRateLimit(median, true, HeartRateLimit.RESTING_MEDIAN, last);
			}
		}
		return lowest;
	}

	static double median(List<Integer> values) {
		List<Integer> sorted = values.stream().sorted().toList();
		int middle = sorted.size() / 2;
		return (sorted.size() % 2 == 1) ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
	}

	private static boolean plausible(double max) {
		return max >= HeartRateSettings.MAX_LOWEST && max <= HeartRateSettings.MAX_HIGHEST;
	}

}

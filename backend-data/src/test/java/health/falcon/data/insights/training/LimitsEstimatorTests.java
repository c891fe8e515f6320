package health.falcon.data.insights.training;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;

import health.falcon.documents.settings.HeartRateSettings;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The heart-rate limits: set, or estimated from the data.
 */
class LimitsEstimatorTests {

	private static final LocalDate DAY = LocalDate.parse("2026-03-01");

	@Test
	void estimatesTheMaximumFromTheHighestActivityOrIntradayMaximum() {
		List<StoredActivity> activities = List.of(activity("a", 182.0), activity("b", 186.0), activity("c", null),
				activity("d", 250.0));
		TreeMap<LocalDate, Integer> maxima = new TreeMap<>();
		maxima.put(DAY.plusDays(3), 184);
		assertThat(LimitsEstimator.max(HeartRateSettings.DEFAULTS, activities, maxima))
			.isEqualTo(new HeartRateLimit(186, true, HeartRateLimit.ACTIVITY, DAY));
		maxima.put(DAY.plusDays(4), 191);
		// 240 is an artefact outside 100-230 and left out
		maxima.put(DAY.plusDays(5), 240);
		assertThat(LimitsEstimator.max(HeartRateSettings.DEFAULTS, activities, maxima))
			.isEqualTo(new HeartRateLimit(191, true, HeartRateLimit.INTRADAY, DAY.plusDays(4)));
	}

	@Test
	void takesTheSetMaximumOverTheData() {
		assertThat(LimitsEstimator.max(new HeartRateSettings(178, null, 42, 7, "male"), List.of(activity("a", 186.0)),
				new TreeMap<>()))
			.isEqualTo(new HeartRateLimit(178, false, HeartRateLimit.SETTINGS, null));
	}

	@Test
	void estimatesTheRestingRateAsTheLowest30DayMedian() {
		TreeMap<LocalDate, Integer> resting = new TreeMap<>();
		// 7 days in March at 60, 58, 62, 56, 64, 57, 61: median 60 (window ending 03-07)
		int[] march = { 60, 58, 62, 56, 64, 57, 61 };
		for (int i = 0; i < march.length; i++) {
			resting.put(DAY.plusDays(i), march[i]);
		}
		// 40 days later another 8 days at 50..57 (out of the March days' 30-day reach):
		// the window ending on the 7th holds 50..56, median 53, the lowest; the one
		// ending
		// on the 8th holds 50..57, median (53 + 54) / 2 = 53.5
		for (int i = 0; i < 8; i++) {
			resting.put(DAY.plusDays(47 + i), 50 + i);
		}
		assertThat(LimitsEstimator.resting(HeartRateSettings.DEFAULTS, resting))
			.isEqualTo(new HeartRateLimit(53, true, HeartRateLimit.RESTING_MEDIAN, DAY.plusDays(53)));
		assertThat(LimitsEstimator.median(List.of(50, 51, 52, 53, 54, 55, 56, 57))).isEqualTo(53.5);
	}

	@Test
	void estimatesNoRestingRateFromFewerThanSevenDaysIn30() {
		TreeMap<LocalDate, Integer> resting = new TreeMap<>();
		for (int i = 0; i < 6; i++) {
			resting.put(DAY.plusDays(i * 10), 50);
		}
		assertThat(LimitsEstimator.resting(HeartRateSettings.DEFAULTS, resting)).isNull();
		assertThat(LimitsEstimator.resting(new HeartRateSettings(null, 47, 42, 7, "male"), resting))
			.isEqualTo(HeartRateLimit.set(47));
	}

	private static StoredActivity activity(String id, @Nullable Double max) {
		return new StoredActivity(id, DAY, Instant.parse("2026-03-01T08:00:00Z"), null, "RUN", 3600L, 3600L, 150.0, max,
				"strava/1");
	}

}

package health.falcon.data.insights.energy;

import java.time.LocalDate;
import java.util.SortedMap;

import org.jspecify.annotations.Nullable;

/**
 * The mean of a daily value over the last 7 and the last 30 days up to today, over the
 * days that have a value: a missing day is left out, never counted as 0. Shared with the
 * sleep insight.
 *
 * @param last7 the last 7 days
 * @param last30 the last 30 days
 */
public record Means(Mean last7, Mean last30) {

	public static Means of(SortedMap<LocalDate, Double> values, LocalDate today) {
		return new Means(Mean.of(values, today, 7), Mean.of(values, today, 30));
	}

	/**
	 * A mean over a period.
	 *
	 * @param mean the mean, {@code null} when no day has a value
	 * @param days the days with a value
	 */
	public record Mean(@Nullable Double mean, int days) {

		static Mean of(SortedMap<LocalDate, Double> values, LocalDate today, int days) {
			SortedMap<LocalDate, Double> period = values.subMap(today.minusDays(days - 1), today.plusDays(1));
			double sum = period.values().stream().mapToDouble(Double::doubleValue).sum();
			return new Mean(period.isEmpty() ? null : sum / period.size(), period.size());
		}

	}

}

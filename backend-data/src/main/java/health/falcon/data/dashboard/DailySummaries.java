package health.falcon.data.dashboard;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Predicate;

import health.falcon.data.api.Dashboard.DailySums;
import health.falcon.data.api.Dashboard.RestingHeartRate;
import health.falcon.data.api.Dashboard.Sum;
import health.falcon.data.api.Dashboard.Trend;
import org.jspecify.annotations.Nullable;

/**
 * Sums and means of stored days over the dashboard's periods. Only days with a value
 * count: a mean is over the days that have one, so a day without data is unknown rather
 * than 0.
 */
final class DailySummaries {

	private static final int WEEK = 7;

	private static final int MONTH = 30;

	private DailySummaries() {
	}

	/**
	 * A summed daily metric today and over the last 7 and 30 days.
	 * @return the sums, {@code null} without a value in the last 30 days
	 */
	static @Nullable DailySums sums(List<DayValue> values, Periods periods) {
		List<DayValue> month = within(values, (day) -> periods.contains(MONTH, day));
		if (month.isEmpty()) {
			return null;
		}
		Double today = month.stream()
			.filter((value) -> value.day().equals(periods.today()))
			.map(DayValue::value)
			.findFirst()
			.orElse(null);
		return new DailySums(today, sum(month, periods, WEEK), sum(month, periods, MONTH), sources(month));
	}

	/**
	 * The resting heart rate: the latest day and the trends over 7 and 30 days.
	 * @param values the days of the last 60 days with a resting heart rate
	 * @return the resting heart rate, {@code null} without any value
	 */
	static @Nullable RestingHeartRate resting(List<DayValue> values, Periods periods) {
		DayValue latest = values.stream()
			.filter((value) -> !value.day().isAfter(periods.today()))
			.max(Comparator.comparing(DayValue::day))
			.orElse(null);
		if (latest == null) {
			return null;
		}
		List<DayValue> used = within(values,
				(day) -> periods.contains(MONTH, day) || periods.containsBefore(MONTH, day));
		return new RestingHeartRate(latest.value(), latest.day(), trend(values, periods, WEEK),
				trend(values, periods, MONTH), sources(used));
	}

	private static @Nullable Sum sum(List<DayValue> values, Periods periods, int days) {
		List<DayValue> period = within(values, (day) -> periods.contains(days, day));
		if (period.isEmpty()) {
			return null;
		}
		double total = period.stream().mapToDouble(DayValue::value).sum();
		return new Sum(periods.first(days), periods.today(), total, round(total / period.size()), period.size());
	}

	private static @Nullable Trend trend(List<DayValue> values, Periods periods, int days) {
		List<DayValue> period = within(values, (day) -> periods.contains(days, day));
		if (period.isEmpty()) {
			return null;
		}
		double mean = mean(period);
		List<DayValue> before = within(values, (day) -> periods.containsBefore(days, day));
		Double previous = before.isEmpty() ? null : round(mean(before));
		Double change = (previous != null) ? round(round(mean) - previous) : null;
		return new Trend(periods.first(days), periods.today(), round(mean), period.size(), previous, change);
	}

	private static List<DayValue> within(List<DayValue> values, Predicate<LocalDate> period) {
		return values.stream().filter((value) -> period.test(value.day())).toList();
	}

	private static double mean(List<DayValue> values) {
		return values.stream().mapToDouble(DayValue::value).sum() / values.size();
	}

	static @Nullable String sources(List<DayValue> values) {
		TreeSet<String> names = new TreeSet<>();
		values.stream().map(DayValue::source).filter(Objects::nonNull).forEach(names::add);
		return names.isEmpty() ? null : String.join(",", names);
	}

	static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

}

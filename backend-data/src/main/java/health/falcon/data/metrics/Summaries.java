package health.falcon.data.metrics;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import health.falcon.data.api.MetricSeries.Point;
import health.falcon.documents.bloodpressure.BloodPressureCollection;

/**
 * Turns stored values into points: {@code raw} (each reading), days (the stored local
 * dates, no re-zoning) or weeks from Monday. A day is the one stored value, the sum of
 * its sessions (sleep) or the mean of its readings (blood pressure, HRV), its min and max
 * the smallest and largest of them; a week is the sum of its days for summed metrics,
 * otherwise their mean, its min and max the smallest and largest day's. Extra members
 * (pressures and pulse, minutes per stage) are combined like the value. Means are rounded
 * to 0.1; units are converted last.
 */
final class Summaries {

	/** Epoch day 4 (1970-01-05) is a Monday. */
	static final long FIRST_MONDAY = 4;

	private Summaries() {
	}

	/**
	 * Build the points of a series.
	 * @param readings the stored values, in day order
	 * @param weeks -1 for {@code raw}, 0 for days, else the weeks per bucket
	 * @param zone the user's zone, in which {@code t} of a day or week is its start
	 * @param imperial whether to answer in US customary units
	 */
	static List<Point> points(DailyMetric metric, List<Reading> readings, int weeks, ZoneId zone, boolean imperial) {
		List<Bucket> buckets = (weeks < 0) ? raw(readings) : days(metric, readings, zone);
		if (weeks > 0) {
			buckets = weeks(metric, buckets, weeks, zone);
		}
		return buckets.stream().map((bucket) -> bucket.point(metric, imperial)).toList();
	}

	static long index(LocalDate day, int weeks) {
		return Math.floorDiv(day.toEpochDay() - FIRST_MONDAY, 7L * weeks);
	}

	private static List<Bucket> raw(List<Reading> readings) {
		return readings.stream()
			.map((reading) -> new Bucket(reading.at(), reading.day(), reading.value(), reading.value(), reading.value(),
					reading.parts()))
			.sorted((a, b) -> a.t().compareTo(b.t()))
			.toList();
	}

	private static List<Bucket> days(DailyMetric metric, List<Reading> readings, ZoneId zone) {
		Map<LocalDate, List<Reading>> byDay = new TreeMap<>();
		readings.forEach((reading) -> byDay.computeIfAbsent(reading.day(), (day) -> new ArrayList<>()).add(reading));
		List<Bucket> days = new ArrayList<>();
		boolean summed = metric.store().sessions();
		byDay.forEach((day, values) -> {
			double value = combine(values.stream().map(Reading::value).toList(), summed);
			double min = summed ? value : values.stream().mapToDouble(Reading::value).min().orElse(value);
			double max = summed ? value : values.stream().mapToDouble(Reading::value).max().orElse(value);
			days.add(new Bucket(day.atStartOfDay(zone).toInstant(), day, value, min, max,
					parts(values.stream().map(Reading::parts).toList(), summed)));
		});
		return days;
	}

	private static List<Bucket> weeks(DailyMetric metric, List<Bucket> days, int weeks, ZoneId zone) {
		Map<Long, List<Bucket>> byWeek = new LinkedHashMap<>();
		days.forEach(
				(day) -> byWeek.computeIfAbsent(index(day.localDate(), weeks), (key) -> new ArrayList<>()).add(day));
		List<Bucket> buckets = new ArrayList<>();
		byWeek.forEach((index, values) -> {
			LocalDate start = LocalDate.ofEpochDay(FIRST_MONDAY + index * 7 * weeks)
				.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
			buckets.add(new Bucket(start.atStartOfDay(zone).toInstant(), start,
					combine(values.stream().map(Bucket::value).toList(), metric.summed()),
					values.stream().mapToDouble(Bucket::min).min().orElse(0),
					values.stream().mapToDouble(Bucket::max).max().orElse(0),
					parts(values.stream().map(Bucket::parts).toList(), metric.summed())));
		});
		return buckets;
	}

	private static double combine(List<Double> values, boolean summed) {
		if (values.size() == 1) {
			return values.get(0);
		}
		double sum = values.stream().mapToDouble(Double::doubleValue).sum();
		return summed ? sum : Math.round(sum * 10 / values.size()) / 10.0;
	}

	/**
	 * Combine the extra members key by key, each over the values that have it.
	 */
	private static Map<String, Double> parts(List<Map<String, Double>> all, boolean summed) {
		Map<String, List<Double>> byKey = new TreeMap<>();
		all.forEach((parts) -> parts
			.forEach((key, value) -> byKey.computeIfAbsent(key, (k) -> new ArrayList<>()).add(value)));
		Map<String, Double> combined = new TreeMap<>();
		byKey.forEach((key, values) -> combined.put(key, combine(values, summed)));
		return combined;
	}

	/**
	 * A bucket before unit conversion.
	 */
	private record Bucket(Instant t, LocalDate localDate, double value, double min, double max,
			Map<String, Double> parts) {

		Point point(DailyMetric metric, boolean imperial) {
			MetricUnit unit = metric.unit();
			double converted = unit.convert(this.value, imperial);
			double low = unit.convert(this.min, imperial);
			double high = unit.convert(this.max, imperial);
			if (metric == DailyMetric.BLOOD_PRESSURE) {
				return new Point(this.t, this.localDate, converted, low, high,
						this.parts.get(BloodPressureCollection.SYSTOLIC),
						this.parts.get(BloodPressureCollection.DIASTOLIC),
						this.parts.get(BloodPressureCollection.PULSE), null);
			}
			if (metric == DailyMetric.SLEEP_DURATION) {
				return new Point(this.t, this.localDate, converted, low, high, null, null, null, this.parts);
			}
			return new Point(this.t, this.localDate, converted, low, high);
		}

	}

}

package health.falcon.data.metrics;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import health.falcon.data.api.HeartRateClient;
import health.falcon.data.api.MetricCatalog;
import health.falcon.data.api.MetricSeries;
import health.falcon.data.api.MetricSeries.Point;
import health.falcon.data.series.InvalidSeriesQueryException;
import health.falcon.data.series.RangeTooLargeException;
import health.falcon.data.series.Resolution;
import health.falcon.data.series.SeriesQuery;
import health.falcon.documents.settings.UserZones;
import health.falcon.documents.heartrate.HeartRateDaysCollection;

import org.springframework.stereotype.Service;

/**
 * Answers the daily metrics' series and the metric catalog. A daily document's local date
 * is the day it was measured in (its own zone), so {@code 1d} buckets are the stored
 * dates; {@code from}/{@code to} dates select stored dates, instants are turned into
 * dates in the user's zone. A week ({@code 1w}, from Monday) is the sum of its days for
 * steps, distance and energy and their mean for the resting heart rate; its min and max
 * are the smallest and largest day.
 */
@Service
class DailyMetricsService {

	private static final long FIRST_MONDAY = 4;

	private final DailyMetricsRepository repository;

	private final UserZones zones;

	DailyMetricsService(DailyMetricsRepository repository, UserZones zones) {
		this.repository = repository;
		this.zones = zones;
	}

	MetricCatalog catalog(String userId) {
		List<MetricCatalog.Metric> metrics = new ArrayList<>();
		metrics.add(new MetricCatalog.Metric("heart-rate", "bpm",
				this.repository.exists(userId, HeartRateDaysCollection.COLLECTION, HeartRateDaysCollection.ROLLUPS)));
		for (DailyMetric metric : DailyMetric.values()) {
			metrics.add(new MetricCatalog.Metric(metric.metric(), metric.unit(),
					this.repository.exists(userId, metric.collection(), metric.field())));
		}
		return new MetricCatalog(metrics);
	}

	MetricSeries series(String userId, String name, SeriesQuery query) {
		DailyMetric metric = DailyMetric.of(name);
		if (metric == null) {
			throw new UnknownMetricException(name);
		}
		Resolution resolution = query.resolution();
		if (resolution != null && resolution != Resolution.DAY && resolution != Resolution.WEEK) {
			throw InvalidSeriesQueryException.of("resolution", "'" + metric.metric()
					+ "' is a daily metric: use 1d or 1w, or maxPoints (got '" + resolution.parameter() + "')");
		}
		ZoneId zone = this.zones.zoneOf(userId);
		LocalDate first = (query.from() instanceof LocalDate date) ? date
				: LocalDate.ofInstant((Instant) query.from(), zone);
		LocalDate last = (query.to() instanceof LocalDate date) ? date
				: LocalDate.ofInstant(((Instant) query.to()).minusNanos(1), zone);
		if (first.isAfter(last)) {
			throw InvalidSeriesQueryException.of("from", "must not be after 'to'");
		}
		long days = ChronoUnit.DAYS.between(first, last) + 1;
		if (resolution == Resolution.DAY && days > HeartRateClient.MAX_POINTS) {
			throw new RangeTooLargeException(
					"'1d' gives at most " + HeartRateClient.MAX_POINTS + " points; ask for 1w or for maxPoints");
		}
		int weeks = weeks(resolution, query.maxPoints(), first, last, days);
		List<DailyValue> values = this.repository.days(userId, metric, first, last);
		Set<String> sources = new TreeSet<>();
		values.forEach((value) -> {
			if (value.source() != null) {
				sources.add(value.source());
			}
		});
		List<Point> points = (weeks == 0) ? daily(values, zone) : weekly(values, weeks, metric.summed(), zone);
		String label = (weeks == 0) ? Resolution.DAY.parameter() : weeks + "w";
		String source = sources.isEmpty() ? null : String.join(",", sources);
		return new MetricSeries(metric.metric(), metric.unit(), zone.getId(), label, source, points);
	}

	/**
	 * The weeks per bucket: 0 for days, else the fewest weeks that give at most
	 * {@code maxPoints} buckets.
	 */
	private static int weeks(Resolution resolution, Integer maxPoints, LocalDate first, LocalDate last, long days) {
		if (resolution == Resolution.DAY) {
			return 0;
		}
		if (resolution == Resolution.WEEK) {
			return 1;
		}
		if (days <= maxPoints) {
			return 0;
		}
		int weeks = 1;
		while (buckets(first, last, weeks) > maxPoints) {
			weeks <<= 1;
		}
		return weeks;
	}

	private static long buckets(LocalDate first, LocalDate last, int weeks) {
		return index(last, weeks) - index(first, weeks) + 1;
	}

	private static long index(LocalDate day, int weeks) {
		return Math.floorDiv(day.toEpochDay() - FIRST_MONDAY, 7L * weeks);
	}

	private static List<Point> daily(List<DailyValue> values, ZoneId zone) {
		return values.stream()
			.map((value) -> new Point(value.day().atStartOfDay(zone).toInstant(), value.day(), value.value(),
					value.value(), value.value()))
			.toList();
	}

	private static List<Point> weekly(List<DailyValue> values, int weeks, boolean summed, ZoneId zone) {
		Map<Long, List<DailyValue>> buckets = new LinkedHashMap<>();
		for (DailyValue value : values) {
			buckets.computeIfAbsent(index(value.day(), weeks), (key) -> new ArrayList<>()).add(value);
		}
		List<Point> points = new ArrayList<>();
		buckets.forEach((index, days) -> {
			LocalDate start = LocalDate.ofEpochDay(FIRST_MONDAY + index * 7 * weeks)
				.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
			double sum = days.stream().mapToDouble(DailyValue::value).sum();
			double min = days.stream().mapToDouble(DailyValue::value).min().orElse(0);
			double max = days.stream().mapToDouble(DailyValue::value).max().orElse(0);
			points.add(
					new Point(start.atStartOfDay(zone).toInstant(), start, summed ? sum : sum / days.size(), min, max));
		});
		return points;
	}

}

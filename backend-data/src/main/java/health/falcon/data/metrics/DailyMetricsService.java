package health.falcon.data.metrics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
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
import health.falcon.documents.heartrate.HeartRateDaysCollection;
import health.falcon.documents.settings.UserPreferences;
import health.falcon.documents.settings.UserZones;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * Answers every metric's series but heart rate's, and the metric catalog. A stored value
 * counts for the local date it was measured on (its own zone), so {@code 1d} buckets are
 * the stored dates; {@code from}/{@code to} dates select stored dates, instants are
 * turned into dates in the user's zone. Readings (blood pressure, HRV) also answer
 * {@code raw}, each reading, over at most {@value #RAW_DAYS} days. Values are in the
 * user's unit system.
 */
@Service
class DailyMetricsService {

	static final int RAW_DAYS = 92;

	private final DailyMetricsRepository days;

	private final NutritionMetricsRepository nutrition;

	private final ReadingsRepository readings;

	private final UserZones zones;

	DailyMetricsService(DailyMetricsRepository days, NutritionMetricsRepository nutrition, ReadingsRepository readings,
			UserZones zones) {
		this.days = days;
		this.nutrition = nutrition;
		this.readings = readings;
		this.zones = zones;
	}

	MetricCatalog catalog(String userId) {
		boolean imperial = this.zones.preferencesOf(userId).imperial();
		List<MetricCatalog.Metric> metrics = new ArrayList<>();
		metrics.add(new MetricCatalog.Metric("heart-rate", "bpm",
				this.days.exists(userId, HeartRateDaysCollection.COLLECTION, HeartRateDaysCollection.ROLLUPS)));
		for (DailyMetric metric : DailyMetric.values()) {
			metrics.add(new MetricCatalog.Metric(metric.metric(), metric.unit().name(imperial),
					Catalog.hasData(this.days, userId, metric)));
		}
		return new MetricCatalog(metrics);
	}

	MetricSeries series(String userId, String name, SeriesQuery query) {
		DailyMetric metric = DailyMetric.of(name);
		if (metric == null) {
			throw new UnknownMetricException(name);
		}
		Resolution resolution = query.resolution();
		refuseFinerThanADay(metric, resolution);
		UserPreferences preferences = this.zones.preferencesOf(userId);
		ZoneId zone = preferences.zone();
		LocalDate first = query.firstDate(zone);
		LocalDate last = query.lastDate(zone);
		if (first.isAfter(last)) {
			throw InvalidSeriesQueryException.of("from", "must not be after 'to'");
		}
		long days = ChronoUnit.DAYS.between(first, last) + 1;
		if (resolution == Resolution.DAY && days > HeartRateClient.MAX_POINTS) {
			throw new RangeTooLargeException(
					"'1d' gives at most " + HeartRateClient.MAX_POINTS + " points; ask for 1w or for maxPoints");
		}
		if (resolution == Resolution.RAW && days > RAW_DAYS) {
			throw new RangeTooLargeException(
					"'raw' covers at most " + RAW_DAYS + " days of readings; ask for 1d, 1w or for maxPoints");
		}
		int weeks = (resolution == Resolution.RAW) ? -1 : weeks(resolution, query.maxPoints(), first, last, days);
		List<Reading> values = read(userId, metric, first, last);
		if (resolution == Resolution.RAW) {
			values = within(values, query, zone);
		}
		List<Point> points = Summaries.points(metric, values, weeks, zone, preferences.imperial());
		String label = (weeks < 0) ? Resolution.RAW.parameter()
				: (weeks == 0) ? Resolution.DAY.parameter() : weeks + "w";
		return new MetricSeries(metric.metric(), metric.unit().name(preferences.imperial()), zone.getId(), label,
				sources(values), points);
	}

	/**
	 * The readings an instant range holds; a date bound selects by stored date alone.
	 */
	private static List<Reading> within(List<Reading> readings, SeriesQuery query, ZoneId zone) {
		Instant start = query.start(zone);
		Instant end = query.end(zone);
		return readings.stream()
			.filter((reading) -> query.from() instanceof LocalDate || !reading.at().isBefore(start))
			.filter((reading) -> query.to() instanceof LocalDate || reading.at().isBefore(end))
			.toList();
	}

	private static @Nullable String sources(List<Reading> values) {
		Set<String> sources = new TreeSet<>();
		values.forEach((value) -> {
			if (value.source() != null) {
				sources.add(value.source());
			}
		});
		return sources.isEmpty() ? null : String.join(",", sources);
	}

	private List<Reading> read(String userId, DailyMetric metric, LocalDate first, LocalDate last) {
		return switch (metric.store()) {
			case NUTRITION_DAYS -> this.nutrition.days(userId, metric, first, last);
			case SLEEP_SESSIONS, BLOOD_PRESSURE, HRV_RECORDINGS -> this.readings.readings(userId, metric, first, last);
			default -> this.days.days(userId, metric, first, last);
		};
	}

	private static void refuseFinerThanADay(DailyMetric metric, @Nullable Resolution resolution) {
		if (resolution == null || resolution == Resolution.DAY || resolution == Resolution.WEEK
				|| (resolution == Resolution.RAW && metric.store().readings())) {
			return;
		}
		String message = metric.store().readings()
				? "'" + metric.metric() + "' is answered per reading or per day: use raw, 1d or 1w, or maxPoints (got '"
						+ resolution.parameter() + "')"
				: "'" + metric.metric() + "' is a daily metric: use 1d or 1w, or maxPoints (got '"
						+ resolution.parameter() + "')";
		throw InvalidSeriesQueryException.of("resolution", message);
	}

	/**
	 * The weeks per bucket: 0 for days, else the fewest weeks that give at most
	 * {@code maxPoints} buckets.
	 */
	private static int weeks(@Nullable Resolution resolution, @Nullable Integer maxPoints, LocalDate first,
			LocalDate last, long days) {
		if (resolution == Resolution.DAY) {
			return 0;
		}
		if (resolution == Resolution.WEEK || maxPoints == null) {
			return 1;
		}
		if (days <= maxPoints) {
			return 0;
		}
		int weeks = 1;
		while (Summaries.index(last, weeks) - Summaries.index(first, weeks) + 1 > maxPoints) {
			weeks <<= 1;
		}
		return weeks;
	}

}

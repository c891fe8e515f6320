package health.falcon.data.metrics;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;

/**
 * The stored values of every metric but heart rate, one per stored value (a day of the
 * daily metrics, each blood-pressure reading, HRV recording and sleep session), read as
 * the series read them (same stores, precedence and deleted files left out) for the
 * exports in {@code metrics.export}. Read only.
 */
@Service
public class MetricValues {

	private final DailyMetricsRepository days;

	private final NutritionMetricsRepository nutrition;

	private final ReadingsRepository readings;

	MetricValues(DailyMetricsRepository days, NutritionMetricsRepository nutrition, ReadingsRepository readings) {
		this.days = days;
		this.nutrition = nutrition;
		this.readings = readings;
	}

	/**
	 * The metrics these values cover, in the catalog's order ({@code heart-rate} is not
	 * one of them).
	 */
	public static List<String> names() {
		return Stream.of(DailyMetric.values()).map(DailyMetric::metric).toList();
	}

	/**
	 * The unit of a metric's values.
	 * @param metric a name of {@link #names()}, any case
	 * @param imperial whether the user chose US customary units
	 * @return the unit's name, {@code bpm}, {@code lb}
	 * @throws health.falcon.kit.problem.ProblemException 404 {@code unknown-metric} for a
	 * name that is not a metric
	 */
	public static String unit(String metric, boolean imperial) {
		return metricOf(metric).unit().name(imperial);
	}

	/**
	 * Whether a metric's values are readings or sessions, each at an instant, rather than
	 * one value per local date.
	 * @param metric a name of {@link #names()}, any case
	 */
	public static boolean timed(String metric) {
		Store store = metricOf(metric).store();
		return store.readings() || store.sessions();
	}

	/**
	 * Read a user's values of a metric between two local dates (both inclusive, the
	 * stored dates) in date and time order.
	 * @param metric a name of {@link #names()}, any case
	 * @param imperial whether to convert the values to US customary units
	 * @return the values, empty without data
	 */
	public List<MetricValue> values(String userId, String metric, LocalDate first, LocalDate last, boolean imperial) {
		DailyMetric daily = metricOf(metric);
		List<Reading> stored = switch (daily.store()) {
			case NUTRITION_DAYS -> this.nutrition.days(userId, daily, first, last);
			case SLEEP_SESSIONS, BLOOD_PRESSURE, HRV_RECORDINGS -> this.readings.readings(userId, daily, first, last);
			default -> this.days.days(userId, daily, first, last);
		};
		return stored.stream()
			.map((reading) -> new MetricValue(reading.day(), reading.at(), reading.offset(),
					daily.unit().convert(reading.value(), imperial), reading.parts(), reading.source()))
			.toList();
	}

	private static DailyMetric metricOf(String metric) {
		DailyMetric daily = DailyMetric.of(metric);
		if (daily == null) {
			throw new UnknownMetricException(metric);
		}
		return daily;
	}

}

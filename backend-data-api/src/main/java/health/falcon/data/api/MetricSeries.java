package health.falcon.data.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A metric's time series in the user's zone.
 *
 * @param metric the metric, {@code heart-rate}
 * @param unit the unit of every value, {@code bpm}
 * @param zone the zone local dates are in (the user's profile zone, UTC when unset)
 * @param resolution the bucket size used: {@code raw}, {@code 1min}, {@code 5min},
 * {@code 1h}, {@code 1d}, {@code 1w} or {@code <n>w}
 * @param source the provenance of the stored days used, {@code provider/channel} (more
 * than one comma-separated), {@code null} when there are no points
 * @param points the points in time order; a time without data has no point
 */
public record MetricSeries(String metric, String unit, String zone, String resolution, @Nullable String source,
		List<Point> points) {

	/**
	 * One point of a series.
	 *
	 * @param t the start of the bucket (the sample's instant for {@code raw})
	 * @param localDate the local date of {@code t} in the series' zone
	 * @param value the mean over the bucket (the sample for {@code raw})
	 * @param min the smallest value in the bucket
	 * @param max the largest value in the bucket
	 */
	public record Point(Instant t, LocalDate localDate, double value, double min, double max) {

	}

}

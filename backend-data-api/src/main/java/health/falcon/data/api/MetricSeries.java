package health.falcon.data.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * A metric's time series in the user's zone and units.
 *
 * @param metric the metric, {@code heart-rate}
 * @param unit the unit of every value in the user's unit system, {@code bpm}, {@code kg}
 * or {@code lb}
 * @param zone the zone local dates are in (the user's profile zone, UTC when unset)
 * @param resolution the bucket size used: {@code raw}, {@code 1min}, {@code 5min},
 * {@code 1h}, {@code 1d}, {@code 1w} or {@code <n>w}
 * @param source the provenance of the stored values used, {@code provider/channel} (more
 * than one comma-separated), {@code null} when there are no points
 * @param points the points in time order; a time without data has no point
 */
public record MetricSeries(String metric, String unit, String zone, String resolution, @Nullable String source,
		List<Point> points) {

	/**
	 * One point of a series. The members after {@code max} belong to one metric each and
	 * are left out of the JSON when {@code null}, so every other metric's point keeps its
	 * five members.
	 *
	 * @param t the start of the bucket (the sample's or reading's instant for
	 * {@code raw})
	 * @param localDate the local date of the bucket (a daily summary's stored date)
	 * @param value the bucket's value (the sample or reading for {@code raw})
	 * @param min the smallest value in the bucket
	 * @param max the largest value in the bucket
	 * @param systolic blood pressure only: the (mean) systolic pressure, mmHg
	 * @param diastolic blood pressure only: the (mean) diastolic pressure, mmHg
	 * @param pulse blood pressure only: the (mean) pulse in bpm, {@code null} when no
	 * reading of the bucket has one
	 * @param stages sleep only: minutes per sleep stage ({@code deep}, {@code light},
	 * {@code rem}, {@code wake}, ... as stored)
	 */
	public record Point(Instant t, LocalDate localDate, double value, double min, double max,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Double systolic,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Double diastolic,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Double pulse,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Map<String, Double> stages) {

		/**
		 * A point of a metric without extra members.
		 */
		public Point(Instant t, LocalDate localDate, double value, double min, double max) {
			this(t, localDate, value, min, max, null, null, null, null);
		}

	}

}

package health.falcon.dropbox.formats;

import java.util.List;
import java.util.Map;

import health.falcon.model.MeasurementTime;
import org.jspecify.annotations.Nullable;

/**
 * A CardioMood HRV report: its header, every metric it states, the RR series, the metrics
 * recomputed from that series and whether the stated ones disagree.
 *
 * @param start when the measurement started
 * @param end when it ended ({@code null} when the report gives no end time)
 * @param intervals the stated count of RR intervals ({@code null} when absent)
 * @param artifacts the stated count of artifacts ({@code null} when absent)
 * @param artifactsPercent the stated share of artifacts, percent ({@code null} when
 * absent)
 * @param tag the free-text tag, empty when none
 * @param metrics every {@code name = value} metric in report order; {@code N/A} is
 * {@code null}. Units as reported: ms, ms², %, bpm, or none for ratios
 * @param rr the RR series
 * @param recomputed SDNN, RMSSD and pNN50 recomputed from {@code rr}
 * @param disagreements the stated metrics that disagree with the recomputed ones
 * @param errors lines that could not be read
 */
public record HrvReport(MeasurementTime start, @Nullable MeasurementTime end, @Nullable Integer intervals,
		@Nullable Integer artifacts, @Nullable Double artifactsPercent, String tag,
		Map<String, @Nullable Double> metrics, List<Beat> rr, HrvMetrics recomputed, List<String> disagreements,
		List<RowError> errors) {

	/**
	 * Whether the stated metrics disagree with the RR series.
	 * @return {@code true} when at least one metric disagrees
	 */
	public boolean disagrees() {
		return !this.disagreements.isEmpty();
	}

}

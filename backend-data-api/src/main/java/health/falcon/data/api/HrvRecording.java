package health.falcon.data.api;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One HRV recording (a CardioMood report) of a list, with its metrics and without its RR
 * series.
 *
 * @param id the recording's id ({@code <userId>:<file sha256>}), for
 * {@link HrvClient#recording}
 * @param start when it started
 * @param end when it ended, {@code null} when the report has no end
 * @param intervals the stated count of RR intervals, {@code null} when absent
 * @param artifacts the stated count of artifacts, {@code null} when absent
 * @param artifactsPercent the stated share of artifacts in percent, {@code null} when
 * absent
 * @param tag the report's free-text tag, empty when none
 * @param metrics every metric the report states, in report order
 * @param recomputed SDNN and RMSSD (ms) and pNN50 (%) recomputed from the RR series
 * @param disagrees whether a stated metric disagrees with the recomputed ones
 * @param disagreements the stated metrics that disagree
 * @param source the file it was read from
 */
public record HrvRecording(String id, MeasuredAt start, @Nullable MeasuredAt end, @Nullable Integer intervals,
		@Nullable Integer artifacts, @Nullable Double artifactsPercent, @Nullable String tag, List<Metric> metrics,
		@Nullable Recomputed recomputed, boolean disagrees, List<String> disagreements, @Nullable SourceInfo source) {

	/**
	 * A stated metric.
	 *
	 * @param name its name as the report states it ({@code RMSSD})
	 * @param value its value in the report's unit, {@code null} for {@code N/A}
	 */
	public record Metric(String name, @Nullable Double value) {

	}

	/**
	 * The metrics recomputed from the RR series; {@code null} when not computable.
	 *
	 * @param sdnn SDNN, ms
	 * @param rmssd RMSSD, ms
	 * @param pnn50 pNN50, percent
	 */
	public record Recomputed(@Nullable Double sdnn, @Nullable Double rmssd, @Nullable Double pnn50) {

	}

}

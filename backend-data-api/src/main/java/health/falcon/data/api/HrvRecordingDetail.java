package health.falcon.data.api;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One HRV recording with its RR series; the members before {@code rr} are those of
 * {@link HrvRecording}.
 *
 * @param id the recording's id
 * @param start when it started
 * @param end when it ended, {@code null} when the report has no end
 * @param intervals the stated count of RR intervals
 * @param artifacts the stated count of artifacts
 * @param artifactsPercent the stated share of artifacts in percent
 * @param tag the report's free-text tag
 * @param metrics every metric the report states
 * @param recomputed the metrics recomputed from the RR series
 * @param disagrees whether a stated metric disagrees with the recomputed ones
 * @param disagreements the stated metrics that disagree
 * @param source the file it was read from
 * @param rr the RR series as parallel arrays, one entry per beat
 */
public record HrvRecordingDetail(String id, MeasuredAt start, @Nullable MeasuredAt end, @Nullable Integer intervals,
		@Nullable Integer artifacts, @Nullable Double artifactsPercent, @Nullable String tag,
		List<HrvRecording.Metric> metrics, HrvRecording.@Nullable Recomputed recomputed, boolean disagrees,
		List<String> disagreements, @Nullable SourceInfo source, RrSeries rr) {

	/**
	 * The RR series, parallel arrays of equal length.
	 *
	 * @param n the report's beat index
	 * @param timestampMs milliseconds since the start of the recording
	 * @param rrMs the RR interval, ms
	 * @param bpm the instantaneous heart rate, bpm
	 */
	public record RrSeries(List<Integer> n, List<Long> timestampMs, List<Integer> rrMs, List<Integer> bpm) {

	}

}

package health.falcon.data.api;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One insight: what the user's numbers mean, with the formulas it used, the data it read
 * and what is missing. A kind that has too little data says so in {@code status} and
 * {@code missing} and shows no finding; a gap is never counted as zero.
 *
 * @param kind the insight's kind, {@code blood-pressure}, {@code training-load},
 * {@code baselines}, {@code energy-balance}, {@code sleep} or {@code correlations}
 * @param title a short title for people
 * @param status {@value #OK} when there is a finding, {@value #INSUFFICIENT_DATA} when
 * there is too little data for one
 * @param summary one or two plain sentences for people
 * @param formulas how the values are computed, one plain sentence or formula each
 * @param inputs the stored data the insight read
 * @param missing what would be needed for a (complete) finding, empty when nothing is
 * @param detail the kind's own values (shapes in {@code docs/insights.md}); {@code null}
 * when there is nothing to show
 */
public record Insight(String kind, String title, String status, String summary, List<String> formulas,
		List<InsightInput> inputs, List<String> missing, @Nullable Object detail) {

	/** The status of an insight with a finding. */
	public static final String OK = "ok";

	/** The status of an insight without enough data for a finding. */
	public static final String INSUFFICIENT_DATA = "insufficient-data";

}

package health.falcon.dropbox.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Recomputes SDNN, RMSSD and pNN50 from an RR series and compares them with a report's
 * stated values. The tolerance is generous because the app may drop artifacts before
 * computing: SDNN and RMSSD may differ by 2 ms or 10 % (whichever is larger), pNN50 by 5
 * percentage points.
 */
public final class HrvMath {

	private HrvMath() {
	}

	/**
	 * Recompute the metrics.
	 * @param rrMs the RR intervals, ms
	 * @return the metrics, each {@code null} when the series is too short
	 */
	public static HrvMetrics recompute(List<Integer> rrMs) {
		int n = rrMs.size();
		if (n < 2) {
			return new HrvMetrics(null, null, null);
		}
		double mean = rrMs.stream().mapToDouble(Integer::doubleValue).average().orElse(0);
		double squares = 0;
		double successive = 0;
		int over50 = 0;
		for (int i = 0; i < n; i++) {
			squares += Math.pow(rrMs.get(i) - mean, 2);
			if (i > 0) {
				int difference = rrMs.get(i) - rrMs.get(i - 1);
				successive += (double) difference * difference;
				over50 += (Math.abs(difference) > 50) ? 1 : 0;
			}
		}
		return new HrvMetrics(Math.sqrt(squares / (n - 1)), Math.sqrt(successive / (n - 1)), 100.0 * over50 / (n - 1));
	}

	/**
	 * The metrics whose stated value disagrees with the recomputed one beyond the
	 * tolerance; a metric missing on either side ({@code N/A}) is not compared.
	 * @param stated the report's metrics by name ({@code SDNN}, {@code RMSSD},
	 * {@code pNN50})
	 * @return the names of the disagreeing metrics, empty when they agree
	 */
	public static List<String> disagreements(Map<String, @Nullable Double> stated, HrvMetrics recomputed) {
		List<String> names = new ArrayList<>();
		if (differs(stated.get("SDNN"), recomputed.sdnn(), 2.0, 0.10)) {
			names.add("SDNN");
		}
		if (differs(stated.get("RMSSD"), recomputed.rmssd(), 2.0, 0.10)) {
			names.add("RMSSD");
		}
		if (differs(stated.get("pNN50"), recomputed.pnn50(), 5.0, 0.0)) {
			names.add("pNN50");
		}
		return names;
	}

	private static boolean differs(@Nullable Double stated, @Nullable Double recomputed, double absolute,
			double relative) {
		if (stated == null || recomputed == null) {
			return false;
		}
		double tolerance = Math.max(absolute, Math.abs(stated) * relative);
		return Math.abs(stated - recomputed) > tolerance;
	}

}

package health.falcon.data.insights.correlations;

import org.jspecify.annotations.Nullable;

/**
 * The test of one pair at one lag; the statistics are {@code null} when there were fewer
 * than {@value Correlation#MINIMUM_PAIRS} paired days and nothing was tested.
 *
 * @param lag the days from the first signal to the second, 0 to 3
 * @param n the paired days
 * @param rho Spearman's rho
 * @param pValue the two-sided p-value
 * @param qValue the p-value adjusted over all tests (Benjamini–Hochberg)
 * @param ciLow the lower end of rho's 95% interval
 * @param ciHigh the upper end of rho's 95% interval
 * @param strength {@code negligible}, {@code weak}, {@code moderate} or {@code strong}
 * @param significant whether {@code qValue} is at most the false discovery rate
 */
record LagResult(int lag, int n, @Nullable Double rho, @Nullable Double pValue, @Nullable Double qValue,
		@Nullable Double ciLow, @Nullable Double ciHigh, @Nullable String strength, boolean significant) {

	static LagResult untested(int lag, int n) {
		return new LagResult(lag, n, null, null, null, null, null, null, false);
	}

	static LagResult tested(int lag, Correlation correlation, double qValue, double alpha) {
		return new LagResult(lag, correlation.n(), correlation.rho(), correlation.pValue(), qValue, correlation.ciLow(),
				correlation.ciHigh(), correlation.strength(), qValue <= alpha);
	}

}

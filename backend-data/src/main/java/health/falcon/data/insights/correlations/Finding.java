package health.falcon.data.insights.correlations;

import java.util.List;

/**
 * A relation that stood out after the correction for the number of tests: the lag with
 * the smallest q-value of a pair, in words, with the paired days behind it.
 *
 * @param lag the days from the first signal to the second
 * @param n the paired days
 * @param rho Spearman's rho
 * @param pValue the two-sided p-value
 * @param qValue the adjusted p-value
 * @param ciLow the lower end of rho's 95% interval
 * @param ciHigh the upper end of rho's 95% interval
 * @param strength the label of rho's size
 * @param sentence the relation in one plain sentence
 * @param points the paired days, for a chart
 */
record Finding(int lag, int n, double rho, double pValue, double qValue, double ciLow, double ciHigh, String strength,
		String sentence, List<PairedDay> points) {

}

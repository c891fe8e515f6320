package health.falcon.data.insights.correlations;

import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.distribution.continuous.TDistribution;
import org.hipparchus.stat.correlation.SpearmansCorrelation;

/**
 * Spearman's rank correlation of paired values with its two-sided p-value and 95%
 * confidence interval. The ranks (ties get their average rank) and the correlation come
 * from Hipparchus; the p-value from Student's t with n − 2 degrees of freedom,
 * {@code t = rho sqrt((n − 2) / (1 − rho²))}; the interval from Fisher's z,
 * {@code tanh(atanh(rho) ± 1.96 se)}, with the Bonett–Wright standard error
 * {@code se = sqrt((1 + rho² / 2) / (n − 3))}.
 *
 * @param n the number of pairs
 * @param rho Spearman's rho, −1 to 1
 * @param pValue the two-sided p-value of rho = 0
 * @param ciLow the lower end of the 95% interval
 * @param ciHigh the upper end of the 95% interval
 */
record Correlation(int n, double rho, double pValue, double ciLow, double ciHigh) {

	/** The fewest pairs a correlation is computed from. */
	static final int MINIMUM_PAIRS = 20;

	private static final double Z_975 = new NormalDistribution(0, 1).inverseCumulativeProbability(0.975);

	// atanh(±1) is infinite; a perfect correlation gets an interval just short of ±1.
	private static final double LARGEST_RHO = 1 - 1e-12;

	/**
	 * Correlate paired values.
	 * @param x the first value of each pair
	 * @param y the second value of each pair, as many as {@code x}, at least 4
	 * @return the correlation; rho is 0 (and the p-value 1) when either side is constant
	 */
	static Correlation of(double[] x, double[] y) {
		int n = x.length;
		if (n != y.length || n < 4) {
			throw new IllegalArgumentException("Needs at least 4 pairs of equal length");
		}
		double computed = new SpearmansCorrelation().correlation(x, y);
		return of(n, Double.isNaN(computed) ? 0 : computed);
	}

	/**
	 * Test a rho computed from {@code n} pairs.
	 * @param n the number of pairs, at least 4
	 * @param rho Spearman's rho
	 * @return the correlation with its p-value and interval
	 */
	static Correlation of(int n, double rho) {
		double r = Math.max(-LARGEST_RHO, Math.min(LARGEST_RHO, rho));
		double t = r * Math.sqrt((n - 2) / (1 - r * r));
		double p = 2 * new TDistribution(n - 2).cumulativeProbability(-Math.abs(t));
		double z = atanh(r);
		double se = Math.sqrt((1 + r * r / 2) / (n - 3));
		return new Correlation(n, rho, Math.min(1, p), Math.tanh(z - Z_975 * se), Math.tanh(z + Z_975 * se));
	}

	/**
	 * Name the strength of rho: below 0.1 {@code negligible}, below 0.3 {@code weak},
	 * below 0.5 {@code moderate}, else {@code strong}.
	 * @return the label
	 */
	String strength() {
		double size = Math.abs(this.rho);
		if (size < 0.1) {
			return "negligible";
		}
		if (size < 0.3) {
			return "weak";
		}
		return (size < 0.5) ? "moderate" : "strong";
	}

	private static double atanh(double r) {
		return 0.5 * Math.log((1 + r) / (1 - r));
	}

}

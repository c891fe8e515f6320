package health.falcon.data.insights.correlations;

/**
 * The plain sentence of a finding.
 */
final class Sentences {

	private Sentences() {
	}

	/**
	 * Say how one signal goes with another a number of days later, for example "On days
	 * after a higher sodium intake, your morning systolic pressure tends to be higher."
	 * @param xLabel the first signal's label
	 * @param yLabel the second signal's label
	 * @param lag the days between them
	 * @param rho the sign of the relation
	 */
	static String of(String xLabel, String yLabel, int lag, double rho) {
		String direction = (rho > 0) ? "higher" : "lower";
		String when = switch (lag) {
			case 0 -> "On days with a higher " + xLabel;
			case 1 -> "On days after a higher " + xLabel;
			default -> lag + " days after a higher " + xLabel;
		};
		return when + ", your " + yLabel + " tends to be " + direction + ((lag == 0) ? " the same day." : ".");
	}

}

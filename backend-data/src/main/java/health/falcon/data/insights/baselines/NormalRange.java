package health.falcon.data.insights.baselines;

import java.util.Collection;

import org.jspecify.annotations.Nullable;

/**
 * A person's normal range: mean ± 1 standard deviation (sample, n − 1) of the daily
 * values of the baseline window.
 *
 * @param mean the mean
 * @param sd the sample standard deviation
 * @param low mean − sd
 * @param high mean + sd
 * @param days the number of days with a value in the window
 */
record NormalRange(double mean, double sd, double low, double high, int days) {

	/**
	 * The range of some daily values.
	 * @param values the values
	 * @param minimumDays the fewest values a range needs (at least 2)
	 * @return the range, {@code null} with fewer values
	 */
	static @Nullable NormalRange of(Collection<Double> values, int minimumDays) {
		int n = values.size();
		if (n < Math.max(2, minimumDays)) {
			return null;
		}
		double mean = values.stream().mapToDouble(Double::doubleValue).sum() / n;
		double squares = values.stream().mapToDouble((value) -> (value - mean) * (value - mean)).sum();
		double sd = Math.sqrt(squares / (n - 1));
		return new NormalRange(mean, sd, mean - sd, mean + sd, n);
	}

	/**
	 * Where a value lies.
	 * @return {@code above}, {@code below} or {@code within}
	 */
	String flag(double value) {
		if (value > this.high) {
			return BaselineRow.ABOVE;
		}
		return (value < this.low) ? BaselineRow.BELOW : BaselineRow.WITHIN;
	}

	NormalRange rounded() {
		return new NormalRange(Round.round(this.mean), Round.round(this.sd), Round.round(this.low),
				Round.round(this.high), this.days);
	}

}

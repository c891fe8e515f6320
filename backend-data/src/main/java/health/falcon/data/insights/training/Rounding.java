package health.falcon.data.insights.training;

import org.jspecify.annotations.Nullable;

/**
 * How the training load shows its values: two decimals; the sums and averages are
 * computed unrounded.
 */
final class Rounding {

	private Rounding() {
	}

	static @Nullable Double round(@Nullable Double value) {
		return (value != null) ? round(value.doubleValue()) : null;
	}

	static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

}

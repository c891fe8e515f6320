package health.falcon.data.insights.baselines;

import org.jspecify.annotations.Nullable;

/**
 * How the baselines show their values: three decimals (ln RMSSD varies in the second);
 * everything is computed unrounded.
 */
final class Round {

	private Round() {
	}

	static @Nullable Double round(@Nullable Double value) {
		return (value != null) ? round(value.doubleValue()) : null;
	}

	static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}

}

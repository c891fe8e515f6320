package health.falcon.data.insights.correlations;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * Spearman's rho, its p-value and interval against values worked out by hand (and checked
 * with SciPy 1.17: {@code scipy.stats.spearmanr}).
 */
class CorrelationTests {

	@Test
	void ranksTiesByTheirAverageRank() {
		// x ranks: 1, 2.5, 2.5, 4, 5, 6.5, 6.5, 8; y ranks: 2, 1, 3.5, 3.5, 6, 5, 7, 8.
		// Mean rank 4.5; deviations dx: -3.5 -2 -2 -0.5 0.5 2 2 3.5,
		// dy: -2.5 -3.5 -1 -1 1.5 0.5 2.5 3.5.
		// Σ dx dy = 37.25, Σ dx² = 41, Σ dy² = 41.5, rho = 37.25 / √(41 · 41.5) =
		// 0.9030469.
		Correlation correlation = Correlation.of(new double[] { 1, 2, 2, 3, 4, 5, 5, 6 },
				new double[] { 2, 1, 3, 3, 5, 4, 6, 7 });
		assertThat(correlation.n()).isEqualTo(8);
		assertThat(correlation.rho()).isCloseTo(37.25 / Math.sqrt(41 * 41.5), within(1e-12));
		assertThat(correlation.rho()).isCloseTo(0.9030469, within(1e-7));
		// t = 0.9030469 √(6 / (1 − 0.8154937)) = 5.149681 on 6 degrees of freedom: p =
		// 0.0021159.
		assertThat(correlation.pValue()).isCloseTo(0.0021159161, within(1e-9));
		// z = atanh(0.9030469) = 1.4882, se = √((1 + 0.8154937 / 2) / 5) = 0.5306123.
		assertThat(correlation.ciLow()).isCloseTo(0.4206744, within(1e-6));
		assertThat(correlation.ciHigh()).isCloseTo(0.9873506, within(1e-6));
		assertThat(correlation.strength()).isEqualTo("strong");
	}

	@Test
	void givesTheKnownPValueAndIntervalOfAHalfOnThirtyPairs() {
		// t = 0.5 √(28 / 0.75) = 3.0550505, p = 0.0048999 (t on 28 df);
		// z = atanh(0.5) = 0.5493061, se = √(1.125 / 27) = 0.2041241,
		// interval tanh(0.5493061 ± 1.959964 · 0.2041241) = 0.1481322 to 0.7395032.
		Correlation correlation = Correlation.of(30, 0.5);
		assertThat(correlation.rho()).isCloseTo(0.5, within(1e-12));
		assertThat(correlation.pValue()).isCloseTo(0.0048999337, within(1e-9));
		assertThat(correlation.ciLow()).isCloseTo(0.1481322, within(1e-6));
		assertThat(correlation.ciHigh()).isCloseTo(0.7395032, within(1e-6));
		assertThat(correlation.strength()).isEqualTo("strong");
	}

	@Test
	void labelsTheStrength() {
		assertThat(new Correlation(30, 0.09, 1, 0, 0).strength()).isEqualTo("negligible");
		assertThat(new Correlation(30, -0.1, 1, 0, 0).strength()).isEqualTo("weak");
		assertThat(new Correlation(30, 0.29, 1, 0, 0).strength()).isEqualTo("weak");
		assertThat(new Correlation(30, -0.3, 1, 0, 0).strength()).isEqualTo("moderate");
		assertThat(new Correlation(30, 0.5, 1, 0, 0).strength()).isEqualTo("strong");
	}

	@Test
	void answersNoCorrelationForAConstantSide() {
		Correlation correlation = Correlation.of(new double[] { 1, 2, 3, 4, 5 }, new double[] { 7, 7, 7, 7, 7 });
		assertThat(correlation.rho()).isZero();
		assertThat(correlation.pValue()).isEqualTo(1);
	}

	@Test
	void keepsAPerfectCorrelationsIntervalBelowOne() {
		Correlation correlation = Correlation.of(new double[] { 1, 2, 3, 4, 5 }, new double[] { 2, 4, 6, 8, 10 });
		assertThat(correlation.rho()).isEqualTo(1);
		assertThat(correlation.pValue()).isLessThan(1e-6);
		assertThat(correlation.ciHigh()).isLessThanOrEqualTo(1).isGreaterThan(0.99);
	}

	@Test
	void refusesTooFewPairs() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Correlation.of(new double[] { 1, 2, 3 }, new double[] { 1, 2, 3 }));
	}

}

package health.falcon.data.insights.correlations;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The Benjamini–Hochberg adjustment against values worked out by hand.
 */
class BenjaminiHochbergTests {

	@Test
	void adjustsEachPValueByItsRankAndKeepsTheOrderMonotone() {
		// Sorted: 0.01 (rank 1), 0.03 (2), 0.04 (3), 0.20 (4); m = 4.
		// p · m / rank: 0.04, 0.06, 0.05333, 0.20; from the largest down the running
		// minimum:
		// 0.20, 0.05333, 0.05333, 0.04.
		double[] q = BenjaminiHochberg.adjust(new double[] { 0.01, 0.04, 0.03, 0.20 });
		assertThat(q[0]).isCloseTo(0.04, within(1e-12));
		assertThat(q[1]).isCloseTo(0.16 / 3, within(1e-12));
		assertThat(q[2]).isCloseTo(0.16 / 3, within(1e-12));
		assertThat(q[3]).isCloseTo(0.20, within(1e-12));
	}

	@Test
	void neverAdjustsAboveOne() {
		assertThat(BenjaminiHochberg.adjust(new double[] { 0.9, 0.8 })).containsExactly(0.9, 0.9);
	}

	@Test
	void adjustsNothingForNoTests() {
		assertThat(BenjaminiHochberg.adjust(new double[0])).isEmpty();
	}

}

package health.falcon.data.insights.training;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Banister's TRIMP against values computed by hand.
 */
class TrimpFormulaTests {

	private static final HeartRateLimits LIMITS = new HeartRateLimits(HeartRateLimit.set(190), HeartRateLimit.set(50));

	@Test
	void computesAnHourAt150BpmWithTheDefaultCoefficients() {
		// HRr = (150 - 50) / (190 - 50) = 0.714286; e^(1.92 * 0.714286) = e^1.371429 =
		// 3.94098
		// 60 * 0.714286 * 0.64 * 3.94098 = 108.095
		assertThat(TrimpFormula.MALE.trimp(60, 150, LIMITS)).isCloseTo(108.095, within(0.001));
	}

	@Test
	void computesAnHourAt150BpmWithTheFemaleCoefficients() {
		// e^(1.67 * 0.714286) = e^1.192857 = 3.29624; 60 * 0.714286 * 0.86 * 3.29624 =
		// 121.499
		assertThat(TrimpFormula.FEMALE.trimp(60, 150, LIMITS)).isCloseTo(121.499, within(0.001));
		assertThat(TrimpFormula.of("female")).isEqualTo(TrimpFormula.FEMALE);
		assertThat(TrimpFormula.of("male")).isEqualTo(TrimpFormula.MALE);
	}

	@Test
	void holdsTheReserveWithinZeroAndOne() {
		assertThat(TrimpFormula.MALE.trimp(30, 45, LIMITS)).isZero();
		// HRr = 1: 10 * 1 * 0.64 * e^1.92 = 10 * 0.64 * 6.82096 = 43.654
		assertThat(TrimpFormula.MALE.trimp(10, 200, LIMITS)).isCloseTo(43.654, within(0.001));
		assertThat(LIMITS.reserve(120)).isEqualTo(0.5);
	}

}

package health.falcon.data.insights.sleep;

import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Circular means and spreads of clock times against values worked out by hand.
 */
class ClockSpreadTests {

	private static final double MINUTES_PER_RADIAN = 1440 / (2 * Math.PI);

	@Test
	void measuresBedTimesAcrossMidnightOnTheCircle() {
		// 23:00 and 01:00 are ±60 minutes = ±π/12 from midnight: R = cos(π/12) =
		// 0.9659258,
		// sd = √(−2 ln 0.9659258) × 1440 / 2π = 0.2633180 × 229.18312 = 60.348 minutes
		// (not
		// the 660 minutes a linear standard deviation of 1380 and 60 would give).
		ClockSpread spread = ClockSpread
			.of(List.of(LocalTime.of(23, 0), LocalTime.of(1, 0), LocalTime.of(23, 0), LocalTime.of(1, 0)));
		assertThat(spread.mean()).isEqualTo(LocalTime.MIDNIGHT);
		assertThat(spread.sdMinutes()).isCloseTo(Math.sqrt(-2 * Math.log(Math.cos(Math.PI / 12))) * MINUTES_PER_RADIAN,
				within(1e-9));
		assertThat(spread.sdMinutes()).isCloseTo(60.348, within(1e-3));
		assertThat(spread.n()).isEqualTo(4);
	}

	@Test
	void measuresTimesOnOneSideOfMidnight() {
		// 22:00 and 23:00: ±30 minutes = ±π/24 from 22:30; sd = √(−2 ln cos(π/24)) ×
		// 229.18312 = 30.043.
		ClockSpread spread = ClockSpread.of(List.of(LocalTime.of(22, 0), LocalTime.of(23, 0)));
		assertThat(spread.mean()).isEqualTo(LocalTime.of(22, 30));
		assertThat(spread.sdMinutes()).isCloseTo(30.043, within(1e-3));
	}

	@Test
	void givesNoSpreadForEqualTimesAndNoneForTimesEvenlyRoundTheClock() {
		assertThat(ClockSpread.of(List.of(LocalTime.of(7, 0), LocalTime.of(7, 0))).sdMinutes()).isZero();
		assertThat(ClockSpread.of(List.of(LocalTime.of(0, 0), LocalTime.of(12, 0))).sdMinutes()).isNull();
		assertThat(ClockSpread.of(List.of())).isNull();
	}

}

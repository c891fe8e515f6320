package health.falcon.data.insights.energy;

import java.time.LocalDate;
import java.util.SortedMap;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The Hacker's Diet trend against values worked out by hand.
 */
class WeightTrendTests {

	private static final LocalDate MONDAY = LocalDate.parse("2026-10-19");

	@Test
	void smoothsEachDayByATenthAndFillsAGapOnTheStraightLine() {
		SortedMap<LocalDate, Double> weighIns = new TreeMap<>();
		weighIns.put(MONDAY, 80.0);
		weighIns.put(MONDAY.plusDays(2), 81.0);
		weighIns.put(MONDAY.plusDays(3), 79.0);
		SortedMap<LocalDate, Double> trend = WeightTrend.of(weighIns);
		// Monday 80 (the start); Tuesday's weight on the line is 80.5: 80 + 0.1 × 0.5 =
		// 80.05;
		// Wednesday 80.05 + 0.1 × (81 − 80.05) = 80.145; Thursday 80.145 + 0.1 × (79 −
		// 80.145) = 80.0305.
		assertThat(trend).hasSize(4);
		assertThat(trend.get(MONDAY)).isEqualTo(80.0);
		assertThat(trend.get(MONDAY.plusDays(1))).isCloseTo(80.05, within(1e-12));
		assertThat(trend.get(MONDAY.plusDays(2))).isCloseTo(80.145, within(1e-12));
		assertThat(trend.get(MONDAY.plusDays(3))).isCloseTo(80.0305, within(1e-12));
	}

	@Test
	void endsAtTheLastWeighIn() {
		SortedMap<LocalDate, Double> weighIns = new TreeMap<>();
		weighIns.put(MONDAY, 80.0);
		assertThat(WeightTrend.of(weighIns)).containsOnlyKeys(MONDAY);
		assertThat(WeightTrend.of(new TreeMap<>())).isEmpty();
	}

	@Test
	void fitsTheSlopeByLeastSquaresOverTheWindowOnly() {
		SortedMap<LocalDate, Double> trend = new TreeMap<>();
		// Days 0, 1, 3 of the window: 10, 12, 13. Mean x 4/3, mean y 35/3;
		// Σ dx dy = (−4/3)(−5/3) + (−1/3)(1/3) + (5/3)(4/3) = 39/9, Σ dx² = 42/9: slope
		// 39/42.
		trend.put(MONDAY.minusDays(1), 100.0);
		trend.put(MONDAY, 10.0);
		trend.put(MONDAY.plusDays(1), 12.0);
		trend.put(MONDAY.plusDays(3), 13.0);
		assertThat(WeightTrend.slope(trend, MONDAY, MONDAY.plusDays(5))).isCloseTo(39.0 / 42, within(1e-12));
		assertThat(WeightTrend.slope(trend, MONDAY.plusDays(3), MONDAY.plusDays(5))).isNull();
	}

}

package health.falcon.data.insights.training;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The fitness–fatigue model against values computed by hand.
 */
class LoadModelTests {

	private static final LocalDate MONDAY = LocalDate.parse("2026-03-02");

	@Test
	void computesFitnessFatigueAndFormAfterThreeDays() {
		TreeMap<LocalDate, Double> loads = new TreeMap<>();
		loads.put(MONDAY, 100.0);
		// Tuesday without an activity: load 0 in the model
		loads.put(MONDAY.plusDays(2), 50.0);
		List<LoadPoint> points = LoadModel.points(loads, MONDAY.plusDays(2), 42, 7);
		assertThat(points).extracting(LoadPoint::date).containsExactly(MONDAY, MONDAY.plusDays(1), MONDAY.plusDays(2));
		// day 1: CTL = 100/42 = 2.380952, ATL = 100/7 = 14.285714, form = 0 - 0
		assertThat(points.get(0).fitness()).isCloseTo(2.380952, within(1e-6));
		assertThat(points.get(0).fatigue()).isCloseTo(14.285714, within(1e-6));
		assertThat(points.get(0).form()).isZero();
		// day 2: CTL = 2.380952 * 41/42 = 2.324263, ATL = 14.285714 * 6/7 = 12.244898,
		// form = 2.380952 - 14.285714 = -11.904762
		assertThat(points.get(1).fitness()).isCloseTo(2.324263, within(1e-6));
		assertThat(points.get(1).fatigue()).isCloseTo(12.244898, within(1e-6));
		assertThat(points.get(1).form()).isCloseTo(-11.904762, within(1e-6));
		// day 3: CTL = 2.324263 + (50 - 2.324263)/42 = 3.459400,
		// ATL = 12.244898 + (50 - 12.244898)/7 = 17.638484, form = 2.324263 - 12.244898
		assertThat(points.get(2).fitness()).isCloseTo(3.459400, within(1e-6));
		assertThat(points.get(2).fatigue()).isCloseTo(17.638484, within(1e-6));
		assertThat(points.get(2).form()).isCloseTo(-9.920635, within(1e-6));
	}

	@Test
	void usesTheConfiguredTimeConstants() {
		TreeMap<LocalDate, Double> loads = new TreeMap<>();
		loads.put(MONDAY, 60.0);
		LoadPoint point = LoadModel.points(loads, MONDAY, 30, 3).get(0);
		assertThat(point.fitness()).isCloseTo(2.0, within(1e-9));
		assertThat(point.fatigue()).isCloseTo(20.0, within(1e-9));
	}

	@Test
	void hasNoPointsWithoutAnyLoad() {
		assertThat(LoadModel.points(new TreeMap<>(), MONDAY, 42, 7)).isEmpty();
	}

}

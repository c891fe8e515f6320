package health.falcon.data.insights.baselines;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The normal range, the 7-day value and the flags against values computed by hand.
 */
class BaselineRowsTests {

	private static final LocalDate DAY = LocalDate.parse("2026-03-31");

	@Test
	void computesTheRangeAsMeanAndSampleStandardDeviation() {
		// 7 × 50 and 7 × 54: mean 52; squares 14 × 2² = 56; SD = √(56 / 13) = 2.075498
		NormalRange range = NormalRange
			.of(List.of(50.0, 54.0, 50.0, 54.0, 50.0, 54.0, 50.0, 54.0, 50.0, 54.0, 50.0, 54.0, 50.0, 54.0), 14);
		assertThat(range.mean()).isEqualTo(52.0);
		assertThat(range.sd()).isCloseTo(2.075498, within(1e-6));
		assertThat(range.low()).isCloseTo(49.924502, within(1e-6));
		assertThat(range.high()).isCloseTo(54.075498, within(1e-6));
		assertThat(range.flag(54.1)).isEqualTo("above");
		assertThat(range.flag(49.9)).isEqualTo("below");
		assertThat(range.flag(54.0)).isEqualTo("within");
		assertThat(NormalRange.of(List.of(50.0, 54.0), 14)).isNull();
	}

	@Test
	void comparesTheSevenDayMeanWithTheSixtyDaysBefore() {
		TreeMap<LocalDate, Double> values = new TreeMap<>();
		// the baseline window of the 31st is 01-24 to 03-24: 14 values, 7 × 50 and 7 × 54
		for (int i = 0; i < 14; i++) {
			values.put(LocalDate.parse("2026-02-01").plusDays(i * 3), (i % 2 == 0) ? 50.0 : 54.0);
		}
		// the 7 days: 55, 56 and 57 with gaps between them: mean 56, not (55 + 56 + 57) /
		// 7
		values.put(DAY.minusDays(6), 55.0);
		values.put(DAY.minusDays(3), 56.0);
		values.put(DAY, 57.0);
		BaselineRow row = BaselineRows.rows(values, DAY, DAY, (value) -> value).get(0);
		assertThat(row.rolling7()).isEqualTo(56.0);
		assertThat(row.rollingDays()).isEqualTo(3);
		assertThat(row.baselineDays()).isEqualTo(14);
		assertThat(row.range().mean()).isEqualTo(52.0);
		assertThat(row.flag()).isEqualTo("above");
		BaselineRow gap = BaselineRows.rows(values, DAY.minusDays(1), DAY.minusDays(1), (value) -> value).get(0);
		assertThat(gap.raw()).isNull();
		assertThat(gap.value()).isNull();
		assertThat(gap.rolling7()).isNull();
		assertThat(gap.rollingDays()).isEqualTo(2);
		assertThat(gap.flag()).isNull();
	}

	@Test
	void comparesLnRmssd() {
		TreeMap<LocalDate, Double> values = new TreeMap<>();
		for (int i = 0; i < 14; i++) {
			values.put(LocalDate.parse("2026-02-01").plusDays(i), (i % 2 == 0) ? 40.0 : 50.0);
		}
		for (int i = 0; i < 7; i++) {
			values.put(DAY.minusDays(i), 30.0);
		}
		BaselineRow row = BaselineRows.rows(values, DAY, DAY, Math::log).get(0);
		// ln 40 = 3.688879, ln 50 = 3.912023: mean 3.800451, SD = √(14 × 0.111572² / 13)
		// = 0.115784
		assertThat(row.range().mean()).isCloseTo(3.800451, within(1e-6));
		assertThat(row.range().sd()).isCloseTo(0.115784, within(1e-6));
		// ln 30 = 3.401197 < 3.684668
		assertThat(row.rolling7()).isCloseTo(3.401197, within(1e-6));
		assertThat(row.raw()).isEqualTo(30.0);
		assertThat(row.flag()).isEqualTo("below");
	}

	@Test
	void needsFourteenBaselineDays() {
		TreeMap<LocalDate, Double> values = new TreeMap<>();
		for (int i = 0; i < 13; i++) {
			values.put(LocalDate.parse("2026-02-01").plusDays(i), 50.0 + i);
		}
		for (int i = 0; i < 7; i++) {
			values.put(DAY.minusDays(i), 70.0);
		}
		BaselineRow row = BaselineRows.rows(values, DAY, DAY, (value) -> value).get(0);
		assertThat(row.range()).isNull();
		assertThat(row.baselineDays()).isEqualTo(13);
		assertThat(row.rolling7()).isEqualTo(70.0);
		assertThat(row.flag()).isNull();
	}

}

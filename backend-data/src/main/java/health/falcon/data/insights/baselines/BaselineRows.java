package health.falcon.data.insights.baselines;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SortedMap;
import java.util.function.DoubleUnaryOperator;

/**
 * The rows of a baseline metric: for each day, the 7-day rolling mean (the day and the 6
 * before, at least {@value #MINIMUM_ROLLING_DAYS} days with a value) compared with the
 * normal range of the {@value #BASELINE_DAYS} days before those 7 (at least
 * {@value #MINIMUM_BASELINE_DAYS} days with a value). A day without a value is a gap: it
 * is left out of every mean, never counted as 0.
 */
final class BaselineRows {

	static final int ROLLING_DAYS = 7;

	static final int MINIMUM_ROLLING_DAYS = 3;

	static final int BASELINE_DAYS = 60;

	static final int MINIMUM_BASELINE_DAYS = 14;

	/** The days read before the first row: its baseline and rolling window. */
	static final int LOOK_BACK_DAYS = BASELINE_DAYS + ROLLING_DAYS - 1;

	private BaselineRows() {
	}

	/**
	 * The rows of the days {@code first} to {@code last}.
	 * @param raw the stored values by date, read from {@code first − LOOK_BACK_DAYS}
	 * @param transform the value compared, from the stored one ({@code Math::log} for
	 * RMSSD)
	 */
	static List<BaselineRow> rows(SortedMap<LocalDate, Double> raw, LocalDate first, LocalDate last,
			DoubleUnaryOperator transform) {
		List<BaselineRow> rows = new ArrayList<>();
		for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
			LocalDate rollingFrom = day.minusDays(ROLLING_DAYS - 1);
			List<Double> rolling = values(raw.subMap(rollingFrom, day.plusDays(1)).values(), transform);
			List<Double> baseline = values(raw.subMap(rollingFrom.minusDays(BASELINE_DAYS), rollingFrom).values(),
					transform);
			Double rollingMean = (rolling.size() >= MINIMUM_ROLLING_DAYS) ? mean(rolling) : null;
			NormalRange range = NormalRange.of(baseline, MINIMUM_BASELINE_DAYS);
			Double stored = raw.get(day);
			rows.add(new BaselineRow(day, stored, (stored != null) ? transform.applyAsDouble(stored) : null,
					rollingMean, rolling.size(), baseline.size(), range,
					(rollingMean != null && range != null) ? range.flag(rollingMean) : null));
		}
		return rows;
	}

	private static List<Double> values(Collection<Double> raw, DoubleUnaryOperator transform) {
		return raw.stream().map(transform::applyAsDouble).toList();
	}

	private static double mean(List<Double> values) {
		return values.stream().mapToDouble(Double::doubleValue).sum() / values.size();
	}

}

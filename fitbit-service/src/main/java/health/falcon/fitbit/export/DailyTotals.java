package health.falcon.fitbit.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import health.falcon.fitbit.daily.DailyActivity;
import health.falcon.fitbit.daily.DailyActivityStore;

/**
 * Sums the export's per-minute steps, distance and calories per local day across all
 * files of an import (a day can straddle two monthly files), then merges the days at the
 * end. A year is 365 small entries, so this stays in memory.
 */
final class DailyTotals {

	private static final int CHUNK = 200;

	// 2^63: totals from here on do not round to a long
	private static final double STEPS_LIMIT = 0x1p63;

	private final Map<LocalDate, double[]> days = new TreeMap<>();

	private final Map<LocalDate, boolean[]> seen = new TreeMap<>();

	/**
	 * Add one record's value to its day.
	 * @param family steps, distance or calories
	 * @throws IllegalArgumentException if the day's total would not be a finite number
	 * (for steps: a long), which leaves the day as it was (the record is quarantined)
	 */
	void add(LocalDate day, ExportFile.Family family, double value) {
		int field = switch (family) {
			case STEPS -> 0;
			case DISTANCE -> 1;
			case CALORIES -> 2;
			default -> throw new IllegalArgumentException("not a daily family: " + family);
		};
		double[] totals = this.days.get(day);
		double total = ((totals != null) ? totals[field] : 0) + value;
		if (!Double.isFinite(total) || (field == 0 && Math.abs(total) >= STEPS_LIMIT)) {
			throw new IllegalArgumentException(family.name().toLowerCase(Locale.ROOT) + " out of range: " + value);
		}
		this.days.computeIfAbsent(day, (d) -> new double[3])[field] = total;
		this.seen.computeIfAbsent(day, (d) -> new boolean[3])[field] = true;
	}

	int flush(DailyActivityStore store, ImportContext context) {
		List<DailyActivity> batch = new ArrayList<>();
		int changed = 0;
		for (Map.Entry<LocalDate, double[]> day : this.days.entrySet()) {
			double[] totals = day.getValue();
			boolean[] present = this.seen.get(day.getKey());
			batch.add(new DailyActivity(day.getKey(), present[0] ? Math.round(totals[0]) : null,
					present[1] ? round(totals[1]) : null, null, present[2] ? round(totals[2]) : null));
			if (batch.size() == CHUNK) {
				changed += store.merge(context.userId(), batch, context.source());
				batch = new ArrayList<>();
			}
		}
		if (!batch.isEmpty()) {
			changed += store.merge(context.userId(), batch, context.source());
		}
		this.days.clear();
		this.seen.clear();
		return changed;
	}

	private static double round(double value) {
		// rounded to the millimetre or the thousandth kcal, so that float sums
		// added in a different order compare equal
		return Math.round(value * 1000) / 1000.0;
	}

}

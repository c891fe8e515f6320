package health.falcon.fitbit.googlehealth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import health.falcon.fitbit.daily.DailyActivity;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Sums interval data points ({@code steps}, {@code distance},
 * {@code active-energy-burned}) and {@code total-calories} rollups into local days. A
 * point belongs to the local day its interval starts on (its civil start, else its start
 * instant at its own offset), so a daylight-saving day simply has 23 or 25 hours of
 * points and a trip across zones moves day boundaries with the offsets. Points outside
 * the requested days are ignored.
 */
final class DailyTotals {

	private static final double MILLIMETRES_PER_METRE = 1000.0;

	private final LocalDate from;

	private final LocalDate to;

	private final Map<LocalDate, Sums> days = new TreeMap<>();

	/**
	 * Totals for a range of local days.
	 * @param from the first day included
	 * @param to the first day excluded
	 */
	DailyTotals(LocalDate from, LocalDate to) {
		this.from = from;
		this.to = to;
	}

	/**
	 * Add one interval data point.
	 * @param type {@code STEPS}, {@code DISTANCE} or {@code ACTIVE_ENERGY_BURNED}
	 * @throws UnmappableDataPointException when a field is missing or garbled
	 */
	void add(HealthDataType type, JsonNode point) {
		JsonNode value = HealthJson.require(point, type.jsonKey());
		LocalDate day = HealthJson.localStartDay(HealthJson.require(value, "interval"));
		switch (type) {
			case STEPS -> sums(day).steps += nonNegative(HealthJson.int64(value, "count"));
			case DISTANCE -> sums(day).millimetres += nonNegative(HealthJson.int64(value, "millimeters"));
			case ACTIVE_ENERGY_BURNED -> sums(day).activeKcal += nonNegative(HealthJson.number(value, "kcal"));
			default -> throw new IllegalArgumentException("not an interval type: " + type);
		}
		sums(day).seen.add(type);
	}

	/**
	 * Add one {@code total-calories} daily rollup ({@code civilStartTime},
	 * {@code totalCalories.kcalSum}).
	 */
	void addTotalCalories(JsonNode rollup) {
		LocalDate day = HealthJson.civilDate(rollup, "civilStartTime");
		if (day == null) {
			throw new UnmappableDataPointException("missing civilStartTime");
		}
		Sums sums = sums(day);
		sums.totalKcal += nonNegative(HealthJson.number(HealthJson.require(rollup, "totalCalories"), "kcalSum"));
		sums.seen.add(HealthDataType.TOTAL_CALORIES);
	}

	/**
	 * The days that received data; metrics without data stay {@code null}.
	 * @return the days in date order
	 */
	List<DailyActivity> days() {
		List<DailyActivity> result = new ArrayList<>(this.days.size());
		this.days.forEach((day, sums) -> {
			if (!day.isBefore(this.from) && day.isBefore(this.to)) {
				result.add(sums.activity(day));
			}
		});
		return result;
	}

	/**
	 * The requested days that received no data of a type.
	 * @return those days, in date order
	 */
	List<LocalDate> daysWithout(HealthDataType type) {
		return this.from.datesUntil(this.to).filter((day) -> {
			Sums sums = this.days.get(day);
			return sums == null || !sums.seen.contains(type);
		}).toList();
	}

	private Sums sums(LocalDate day) {
		return this.days.computeIfAbsent(day, (key) -> new Sums());
	}

	private static long nonNegative(long value) {
		if (value < 0) {
			throw new UnmappableDataPointException("negative value");
		}
		return value;
	}

	private static double nonNegative(double value) {
		if (value < 0 || Double.isNaN(value)) {
			throw new UnmappableDataPointException("negative value");
		}
		return value;
	}

	private static final class Sums {

		private final EnumSet<HealthDataType> seen = EnumSet.noneOf(HealthDataType.class);

		private long steps;

		private long millimetres;

		private double activeKcal;

		private double totalKcal;

		DailyActivity activity(LocalDate day) {
			return new DailyActivity(day, seen(HealthDataType.STEPS, this.steps),
					seen(HealthDataType.DISTANCE, this.millimetres / MILLIMETRES_PER_METRE),
					seen(HealthDataType.ACTIVE_ENERGY_BURNED, this.activeKcal),
					seen(HealthDataType.TOTAL_CALORIES, this.totalKcal));
		}

		private <T> @Nullable T seen(HealthDataType type, T value) {
			return this.seen.contains(type) ? value : null;
		}

	}

}

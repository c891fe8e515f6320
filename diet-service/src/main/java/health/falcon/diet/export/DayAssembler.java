package health.falcon.diet.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import health.falcon.diet.mfpexport.ExerciseEntry;
import health.falcon.diet.mfpexport.MeasurementEntry;
import health.falcon.diet.mfpexport.NutritionEntry;
import health.falcon.diet.nutrition.BodyMeasurement;
import health.falcon.diet.nutrition.ExerciseDay;
import health.falcon.diet.nutrition.NutritionDay;
import health.falcon.model.Source;

/**
 * Groups parsed rows into the stored days: nutrition rows by date and meal (meal totals
 * are the sum of its rows, day totals the sum of its meals; per-entry rows are kept as
 * items), exercise rows by date, and one measurement per date (the last row wins).
 */
final class DayAssembler {

	private DayAssembler() {
	}

	static List<NutritionDay> nutrition(String userId, List<NutritionEntry> entries, Source source) {
		Map<LocalDate, Map<String, List<NutritionEntry>>> byDay = new LinkedHashMap<>();
		for (NutritionEntry entry : entries) {
			byDay.computeIfAbsent(entry.date(), (d) -> new LinkedHashMap<>())
				.computeIfAbsent(entry.meal(), (m) -> new ArrayList<>())
				.add(entry);
		}
		List<NutritionDay> days = new ArrayList<>();
		byDay.forEach((date, meals) -> {
			List<NutritionDay.Meal> stored = new ArrayList<>();
			meals.forEach((name, rows) -> stored.add(meal(name, rows)));
			Map<String, Double> totals = new LinkedHashMap<>();
			stored.forEach((meal) -> add(totals, meal.totals()));
			days.add(new NutritionDay(userId, date, totals, stored, source));
		});
		return days;
	}

	private static NutritionDay.Meal meal(String name, List<NutritionEntry> rows) {
		Map<String, Double> totals = new LinkedHashMap<>();
		List<NutritionDay.Item> items = new ArrayList<>();
		for (NutritionEntry row : rows) {
			add(totals, row.nutrients());
			if (row.perEntry()) {
				items.add(new NutritionDay.Item(row.time(), row.nutrients(), row.note()));
			}
		}
		return new NutritionDay.Meal(name, totals, items);
	}

	private static void add(Map<String, Double> totals, Map<String, Double> values) {
		values.forEach((field, value) -> totals.merge(field, value, (a, b) -> Math.round((a + b) * 1000.0) / 1000.0));
	}

	static List<ExerciseDay> exercise(String userId, List<ExerciseEntry> entries, Source source) {
		Map<LocalDate, List<ExerciseDay.Session>> byDay = new LinkedHashMap<>();
		for (ExerciseEntry e : entries) {
			byDay.computeIfAbsent(e.date(), (d) -> new ArrayList<>())
				.add(new ExerciseDay.Session(e.name(), e.type(), e.kcal(), e.minutes(), e.sets(), e.repsPerSet(),
						e.weightKg(), e.steps(), e.note()));
		}
		List<ExerciseDay> days = new ArrayList<>();
		byDay.forEach((date, sessions) -> days.add(new ExerciseDay(userId, date, sessions, source)));
		return days;
	}

	static List<BodyMeasurement> measurements(String userId, List<MeasurementEntry> entries, Source source) {
		Map<LocalDate, BodyMeasurement> byDay = new LinkedHashMap<>();
		for (MeasurementEntry e : entries) {
			byDay.put(e.date(), new BodyMeasurement(userId, e.date(), e.weightKg(), e.bodyFatPct(), source));
		}
		return new ArrayList<>(byDay.values());
	}

}

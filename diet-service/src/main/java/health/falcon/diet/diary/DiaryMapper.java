package health.falcon.diet.diary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import health.falcon.diet.nutrition.DiaryDay;
import health.falcon.model.Units;
import org.jspecify.annotations.Nullable;

/**
 * Turns a parsed diary page into the stored {@link DiaryDay}: stored field names, energy
 * in kcal (accounts set to kilojoules show kJ), meal totals summed from their items.
 */
final class DiaryMapper {

	private DiaryMapper() {
	}

	static DiaryDay map(String userId, LocalDate date, ParsedDiary page, MyFitnessPalProfile profile,
			@Nullable Double waterMl, DiaryDay.DiarySource source) {
		boolean kilojoules = profile.energyInKilojoules();
		List<DiaryDay.Meal> meals = new ArrayList<>();
		for (ParsedDiary.Meal meal : page.meals()) {
			List<DiaryDay.Item> items = new ArrayList<>();
			Map<String, Double> totals = new LinkedHashMap<>();
			for (ParsedDiary.Entry entry : meal.entries()) {
				Map<String, Double> nutrients = fields(entry.nutrition(), kilojoules);
				items.add(new DiaryDay.Item(entry.name(), nutrients));
				nutrients.forEach((field, value) -> totals.merge(field, value, DiaryMapper::add));
			}
			meals.add(new DiaryDay.Meal(meal.name(), totals, items));
		}
		return new DiaryDay(userId, date, fields(page.totals(), kilojoules), meals, fields(page.goals(), kilojoules),
				waterMl, page.complete(), source);
	}

	private static Map<String, Double> fields(Map<String, Double> values, boolean kilojoules) {
		Map<String, Double> fields = new LinkedHashMap<>();
		values.forEach((key, value) -> {
			String field = DiaryFields.stored(key);
			if (field != null) {
				boolean convert = kilojoules && field.equals(DiaryFields.ENERGY);
				fields.put(field, convert ? round(Units.kilojoulesToKilocalories(value)) : value);
			}
		});
		return fields;
	}

	private static double add(double a, double b) {
		return round(a + b);
	}

	private static double round(double value) {
		return Math.round(value * 1000.0) / 1000.0;
	}

}

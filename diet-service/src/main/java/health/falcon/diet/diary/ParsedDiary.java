package health.falcon.diet.diary;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One day of a MyFitnessPal food diary as its HTML page shows it. Nutrient keys are the
 * column headers lower-cased, with {@code carbs} renamed {@code carbohydrates}
 * ({@code calories}, {@code fat}, {@code sodium}, {@code potass.}, ...), in the units the
 * page shows (calories in the account's energy unit, sodium and potassium in mg, the rest
 * in g, vitamins and minerals in % of daily value).
 *
 * @param meals the meals in page order, empty ones included
 * @param totals the day's totals row
 * @param goals the daily goal row (empty when the page has none)
 * @param complete whether the user marked the day complete, {@code null} when the page
 * does not say
 */
record ParsedDiary(List<Meal> meals, Map<String, Double> totals, Map<String, Double> goals,
		@Nullable Boolean complete) {

	/**
	 * One meal.
	 *
	 * @param name the user-editable meal name as shown
	 * @param entries its entries, in page order
	 */
	record Meal(String name, List<Entry> entries) {

	}

	/**
	 * One logged food.
	 *
	 * @param name the food's name
	 * @param nutrition its values by nutrient key
	 */
	record Entry(String name, Map<String, Double> nutrition) {

	}

}

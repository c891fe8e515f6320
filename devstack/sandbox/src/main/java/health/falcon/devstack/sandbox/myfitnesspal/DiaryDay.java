package health.falcon.devstack.sandbox.myfitnesspal;

import java.time.LocalDate;
import java.util.List;

/**
 * One day of a food diary.
 *
 * @param date the day
 * @param meals the meals in the account's order (possibly without entries)
 * @param complete whether the user marked the day complete
 * @param waterMilliliters water logged
 */
record DiaryDay(LocalDate date, List<Meal> meals, boolean complete, int waterMilliliters) {

	Nutrition totals() {
		return this.meals.stream().map(Meal::totals).reduce(Nutrition.ZERO, Nutrition::plus);
	}

	/**
	 * A meal.
	 *
	 * @param entries the foods logged
	 */
	record Meal(String name, List<Entry> entries) {

		Nutrition totals() {
			return this.entries.stream().map(Entry::nutrition).reduce(Nutrition.ZERO, Nutrition::plus);
		}

	}

	/**
	 * A logged food.
	 *
	 * @param name the food's display name
	 * @param nutrition its nutrients
	 */
	record Entry(long id, String name, Nutrition nutrition) {

	}

}

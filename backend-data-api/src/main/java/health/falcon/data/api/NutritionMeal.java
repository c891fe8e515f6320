package health.falcon.data.api;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One meal of a nutrition day, as either channel stores it.
 *
 * @param name the meal's name ({@code Breakfast})
 * @param totals nutrient amounts over the meal ({@code {kcal: 420.0, proteinG: 21.0}}),
 * keys as the channel stores them
 * @param items the foods, in diary order
 */
public record NutritionMeal(@Nullable String name, Map<String, Double> totals, List<Item> items) {

	/**
	 * One food of a meal.
	 *
	 * @param name the food's name (diary), {@code null} when not stored (export)
	 * @param time the time logged (export, {@code HH:MM}), {@code null} when not stored
	 * @param nutrients its nutrient amounts
	 * @param note the note (export), {@code null} when none
	 */
	public record Item(@Nullable String name, @Nullable String time, Map<String, Double> nutrients,
			@Nullable String note) {

	}

}

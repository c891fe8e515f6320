package health.falcon.diet.nutrition;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import health.falcon.model.Source;
import org.jspecify.annotations.Nullable;

/**
 * A user's nutrition on one local date, as one source reported it.
 *
 * @param userId the owner
 * @param totals the day's totals by field name ({@code kcal}, {@code fatG},
 * {@code sodiumMg}, {@code vitaminAPct}, ...)
 * @param meals the meals, in file order
 */
public record NutritionDay(String userId, LocalDate date, Map<String, Double> totals, List<Meal> meals, Source source) {

	/**
	 * One meal.
	 *
	 * @param name the user-defined meal name
	 * @param totals the meal's totals by field name
	 * @param items the logged entries, when the source has per-entry rows (else empty)
	 */
	public record Meal(String name, Map<String, Double> totals, List<Item> items) {

	}

	/**
	 * One logged entry (the export has no food names).
	 *
	 * @param time when it was logged, if known
	 * @param nutrients its values by field name
	 * @param note the note, if any
	 */
	public record Item(@Nullable LocalTime time, Map<String, Double> nutrients, @Nullable String note) {

	}

}

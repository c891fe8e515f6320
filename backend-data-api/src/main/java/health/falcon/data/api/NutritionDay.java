package health.falcon.data.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One nutrition day of a list. {@code totals} and {@code meals} come from one channel,
 * named in {@code channel} and {@code source}: the export when it has the day's
 * nutrition, else the diary; {@code waterMl} and {@code goals} only the diary has.
 *
 * @param id the day's id ({@code <userId>/<YYYY-MM-DD>})
 * @param date the local date, for {@link NutritionClient#day}
 * @param channels the channels that stored something for the day ({@code export},
 * {@code diary}), in that order
 * @param channel the channel {@code totals} and {@code meals} come from, {@code null}
 * when neither has nutrition (a day with only exercise)
 * @param totals nutrient amounts over the day, {@code null} when unknown
 * @param meals the meals
 * @param waterMl water drunk in millilitres, {@code null} when unknown
 * @param goals the diary's goals ({@code {kcal: 2000.0}}), {@code null} without a diary
 * @param source the provenance of {@code totals} and {@code meals}
 */
public record NutritionDay(String id, LocalDate date, List<String> channels, @Nullable String channel,
		@Nullable Map<String, Double> totals, List<NutritionMeal> meals, @Nullable Double waterMl,
		@Nullable Map<String, Double> goals, @Nullable SourceInfo source) {

}

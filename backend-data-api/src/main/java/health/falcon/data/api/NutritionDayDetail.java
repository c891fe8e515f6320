package health.falcon.data.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One nutrition day with both channels side by side, each with its provenance.
 *
 * @param id the day's id ({@code <userId>/<YYYY-MM-DD>})
 * @param date the local date
 * @param export what the MyFitnessPal export stored, {@code null} when it has nothing for
 * the day
 * @param diary what the MyFitnessPal diary stored, {@code null} when it has nothing for
 * the day
 */
public record NutritionDayDetail(String id, LocalDate date, @Nullable Export export, @Nullable Diary diary) {

	/**
	 * The export channel.
	 *
	 * @param totals nutrient amounts over the day, {@code null} when the export has no
	 * nutrition for it
	 * @param meals the meals
	 * @param exercise the logged exercise
	 * @param source the provenance of {@code totals} and {@code meals}
	 * @param exerciseSource the provenance of {@code exercise}
	 */
	public record Export(@Nullable Map<String, Double> totals, List<NutritionMeal> meals, List<Exercise> exercise,
			@Nullable SourceInfo source, @Nullable SourceInfo exerciseSource) {

	}

	/**
	 * The diary channel.
	 *
	 * @param totals nutrient amounts over the day
	 * @param meals the meals
	 * @param goals the day's goals
	 * @param waterMl water drunk in millilitres, {@code null} when unknown
	 * @param complete whether the user marked the day complete, {@code null} when unknown
	 * @param source its provenance
	 */
	public record Diary(@Nullable Map<String, Double> totals, List<NutritionMeal> meals,
			@Nullable Map<String, Double> goals, @Nullable Double waterMl, @Nullable Boolean complete,
			@Nullable SourceInfo source) {

	}

	/**
	 * One exercise row of the export; a value the export does not give is {@code null}.
	 *
	 * @param name the exercise
	 * @param type {@code Cardio}, {@code Strength}, ...
	 * @param kcal calories burned
	 * @param minutes duration in minutes
	 * @param sets sets
	 * @param repsPerSet repetitions per set
	 * @param weightKg weight lifted in kg
	 * @param steps steps
	 * @param note the note
	 */
	public record Exercise(@Nullable String name, @Nullable String type, @Nullable Double kcal,
			@Nullable Double minutes, @Nullable Double sets, @Nullable Double repsPerSet, @Nullable Double weightKg,
			@Nullable Double steps, @Nullable String note) {

	}

}

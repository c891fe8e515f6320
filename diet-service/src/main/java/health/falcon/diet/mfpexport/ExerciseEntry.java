package health.falcon.diet.mfpexport;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One Exercise Summary row.
 *
 * @param line the 1-based line in the file
 * @param name the exercise name, without the literal quotes the 2026 export adds
 * @param type {@code Cardio}, {@code Strength} or what the file says
 * @param kcal exercise calories (cardio and tracker adjustments)
 * @param minutes exercise minutes (cardio)
 * @param sets sets (strength)
 * @param repsPerSet repetitions per set (strength)
 * @param weightKg the weight lifted in kg, converted from the column's unit (strength)
 * @param steps steps (tracker adjustments)
 * @param note the note, if any
 */
public record ExerciseEntry(int line, LocalDate date, String name, String type, @Nullable Double kcal,
		@Nullable Double minutes, @Nullable Double sets, @Nullable Double repsPerSet, @Nullable Double weightKg,
		@Nullable Double steps, @Nullable String note) {

}

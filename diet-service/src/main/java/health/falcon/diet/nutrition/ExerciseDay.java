package health.falcon.diet.nutrition;

import java.time.LocalDate;
import java.util.List;

import health.falcon.model.Source;
import org.jspecify.annotations.Nullable;

/**
 * A user's logged exercise on one local date, stored as {@code exercise[]} of the day's
 * {@code nutrition_days} document.
 *
 * @param userId the owner
 * @param sessions the exercise, in file order
 */
public record ExerciseDay(String userId, LocalDate date, List<Session> sessions, Source source) {

	/**
	 * One exercise row.
	 *
	 * @param type {@code Cardio}, {@code Strength}, ...
	 * @param kcal calories burned
	 * @param minutes duration in minutes
	 * @param repsPerSet repetitions per set
	 * @param weightKg weight lifted in kg
	 */
	public record Session(String name, String type, @Nullable Double kcal, @Nullable Double minutes,
			@Nullable Double sets, @Nullable Double repsPerSet, @Nullable Double weightKg, @Nullable Double steps,
			@Nullable String note) {

	}

}

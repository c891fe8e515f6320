package health.falcon.data.insights.training;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The {@code detail} of the {@code training-load} insight (documented in
 * {@code docs/insights.md}).
 *
 * @param from the first local date shown
 * @param to the last local date shown, the user's today
 * @param heartRate the maximum and resting heart rate used, set or estimated
 * @param model the formula's coefficients and time constants
 * @param current today's fitness, fatigue and form, {@code null} without any load
 * @param days the daily load of each shown day with an activity, in date order
 * @param series fitness, fatigue and form of each shown day from the first load on
 * @param activities the shown activities, newest first, with their load or why none
 */
record TrainingLoadDetail(LocalDate from, LocalDate to, HeartRateLimits heartRate, Model model,
		@Nullable LoadPoint current, List<DayLoad> days, List<LoadPoint> series, List<ActivityLoad> activities) {

	/**
	 * The model's parameters.
	 *
	 * @param trimpFormula {@code male} or {@code female}
	 * @param a the TRIMP's factor
	 * @param b the TRIMP's exponent factor
	 * @param fitnessDays the fitness time constant, days
	 * @param fatigueDays the fatigue time constant, days
	 * @param warmUpFrom the first day read to warm the model up
	 */
	record Model(String trimpFormula, double a, double b, int fitnessDays, int fatigueDays, LocalDate warmUpFrom) {

	}

	/**
	 * The load of one day.
	 *
	 * @param date the local date
	 * @param load the sum of the TRIMPs of the scored activities, {@code null} when none
	 * was scored
	 * @param activities the number of scored activities
	 * @param unscored the number of activities without heart rate
	 */
	record DayLoad(LocalDate date, @Nullable Double load, int activities, int unscored) {

	}

}

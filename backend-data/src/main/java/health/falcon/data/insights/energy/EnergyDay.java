package health.falcon.data.insights.energy;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One day of the energy balance; a value the day does not have is {@code null}.
 *
 * @param date the local date
 * @param caloriesIn the energy eaten, kcal
 * @param caloriesOut the energy spent, kcal
 * @param balance {@code caloriesIn − caloriesOut}, only when the day has both
 * @param weight the weigh-in, kg or lb
 * @param trend the smoothed weight trend, kg or lb
 */
record EnergyDay(LocalDate date, @Nullable Double caloriesIn, @Nullable Double caloriesOut, @Nullable Double balance,
		@Nullable Double weight, @Nullable Double trend) {

}

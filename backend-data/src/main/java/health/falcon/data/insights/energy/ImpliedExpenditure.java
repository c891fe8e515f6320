package health.falcon.data.insights.energy;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The energy spent per day that the intake and the weight trend together imply:
 * {@code intakeMean − 7700 kcal/kg × trend slope (kg per day)}, over the last 28 days.
 *
 * @param from the window's first date
 * @param to the window's last date (today)
 * @param intakeMean the mean intake of the days with one, kcal
 * @param intakeDays the days with an intake
 * @param weighIns the weigh-ins in the window
 * @param trendSlopePerDay the trend's least-squares slope, kg or lb per day
 * @param expenditure the implied energy spent per day, kcal
 * @param measuredMean the mean measured energy spent (daily activity) in the window,
 * kcal, {@code null} without any
 */
record ImpliedExpenditure(LocalDate from, LocalDate to, double intakeMean, int intakeDays, int weighIns,
		double trendSlopePerDay, double expenditure, @Nullable Double measuredMean) {

}

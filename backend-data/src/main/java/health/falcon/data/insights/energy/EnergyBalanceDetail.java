package health.falcon.data.insights.energy;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The {@code detail} of the {@code energy-balance} insight.
 *
 * @param weightUnit {@code kg} or {@code lb}, per the user's unit system
 * @param days the last 30 days, oldest first
 * @param caloriesIn the intake's 7- and 30-day means, kcal
 * @param caloriesOut the measured expenditure's means, kcal
 * @param balance the means of intake − expenditure over the days with both, kcal
 * @param weight the latest weigh-in and trend, {@code null} without weigh-ins
 * @param implied the implied expenditure, {@code null} when there is too little data
 */
record EnergyBalanceDetail(String weightUnit, List<EnergyDay> days, Means caloriesIn, Means caloriesOut, Means balance,
		@Nullable WeightSummary weight, @Nullable ImpliedExpenditure implied) {

}

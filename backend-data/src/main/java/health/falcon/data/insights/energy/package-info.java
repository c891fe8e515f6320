/**
 * The {@code energy-balance} insight: calories eaten against calories spent, a smoothed
 * weight trend and the expenditure the two imply; publishes the nutrition signals
 * ({@code calories-in}, {@code sodium}, {@code sugar}) for the correlations.
 */
@NullMarked
package health.falcon.data.insights.energy;

import org.jspecify.annotations.NullMarked;

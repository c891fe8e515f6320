package health.falcon.data.insights.energy;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The latest weigh-in and the trend.
 *
 * @param latest the latest weigh-in, kg or lb
 * @param latestDate its date
 * @param trend the trend on that date
 * @param changePerWeek the trend's least-squares slope over the last 28 days times 7,
 * {@code null} with fewer than two trend days in them
 */
record WeightSummary(double latest, LocalDate latestDate, double trend, @Nullable Double changePerWeek) {

}

package health.falcon.data.insights.correlations;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the correlations found for one pair of signals.
 *
 * @param x the first signal's name
 * @param xLabel its label, {@code null} when no such signal is published
 * @param xUnit its unit, {@code null} likewise
 * @param y the second signal's name
 * @param yLabel its label, {@code null} when no such signal is published
 * @param yUnit its unit, {@code null} likewise
 * @param status {@code finding}, {@code no-finding}, {@code insufficient-data} (fewer
 * than the minimum of paired days at every lag), {@code signal-missing} (no bean
 * publishes a signal) or {@code signal-unavailable} (reading a signal failed)
 * @param lags the test at each lag 0 to 3, empty when a signal is missing or unavailable
 * @param finding the lag that stood out, {@code null} when none did
 */
record PairResult(String x, @Nullable String xLabel, @Nullable String xUnit, String y, @Nullable String yLabel,
		@Nullable String yUnit, String status, List<LagResult> lags, @Nullable Finding finding) {

}

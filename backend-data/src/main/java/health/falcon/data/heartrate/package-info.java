/**
 * The user's heart rate as fitbit-service stores it ({@code heart_rate_days}):
 * {@code GET /metrics/heart-rate}, a time series answered from the per-minute rollups
 * (and the packed samples only for {@code raw} over at most two days). Read only.
 */
@NullMarked
package health.falcon.data.heartrate;

import org.jspecify.annotations.NullMarked;

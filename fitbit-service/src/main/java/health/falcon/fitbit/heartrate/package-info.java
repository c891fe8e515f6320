/**
 * Intraday heart rate: one {@code heart_rate_days} document per user and local day with
 * the samples packed and per-minute rollups beside them.
 */
@NullMarked
package health.falcon.fitbit.heartrate;

import org.jspecify.annotations.NullMarked;

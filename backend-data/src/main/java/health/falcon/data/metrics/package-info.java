/**
 * The metric catalog ({@code GET /metrics}) and the daily metrics ({@code GET
 * /metrics/{metric}}): steps, distance and energy from {@code daily_activity}, the
 * resting heart rate from {@code heart_rate_days}, one value per stored local date. Read
 * only.
 */
@NullMarked
package health.falcon.data.metrics;

import org.jspecify.annotations.NullMarked;

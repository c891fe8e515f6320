/**
 * The user's metric time series for the browser, {@code GET /api/metrics/...}, read from
 * backend-data.
 */
@NullMarked
package health.falcon.backend.metrics;

import org.jspecify.annotations.NullMarked;

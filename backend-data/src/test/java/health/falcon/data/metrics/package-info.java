/**
 * Tests of the metric catalog and the daily metrics.
 */
@NullMarked
package health.falcon.data.metrics;

import org.jspecify.annotations.NullMarked;

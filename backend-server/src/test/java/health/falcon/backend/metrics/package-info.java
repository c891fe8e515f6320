/**
 * Tests of the metrics feature.
 */
@NullMarked
package health.falcon.backend.metrics;

import org.jspecify.annotations.NullMarked;

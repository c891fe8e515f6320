/**
 * Tests of the correlations insight.
 */
@NullMarked
package health.falcon.data.insights.correlations;

import org.jspecify.annotations.NullMarked;

/**
 * Tests of the baselines insight.
 */
@NullMarked
package health.falcon.data.insights.baselines;

import org.jspecify.annotations.NullMarked;

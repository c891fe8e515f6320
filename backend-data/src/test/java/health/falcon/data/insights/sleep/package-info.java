/**
 * Tests of the sleep insight.
 */
@NullMarked
package health.falcon.data.insights.sleep;

import org.jspecify.annotations.NullMarked;

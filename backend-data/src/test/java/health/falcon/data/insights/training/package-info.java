/**
 * Tests of the training-load insight.
 */
@NullMarked
package health.falcon.data.insights.training;

import org.jspecify.annotations.NullMarked;

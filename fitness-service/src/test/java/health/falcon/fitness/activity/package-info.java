/**
 * Tests of health.falcon.fitness.activity.
 */
@NullMarked
package health.falcon.fitness.activity;

import org.jspecify.annotations.NullMarked;

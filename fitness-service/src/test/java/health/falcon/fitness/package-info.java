/**
 * Tests of health.falcon.fitness.
 */
@NullMarked
package health.falcon.fitness;

import org.jspecify.annotations.NullMarked;

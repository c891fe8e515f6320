/**
 * Tests of health.falcon.fitness.strava.
 */
@NullMarked
package health.falcon.fitness.strava;

import org.jspecify.annotations.NullMarked;

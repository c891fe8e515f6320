/**
 * fitness-service: the Strava connector (activities, webhooks).
 */
@NullMarked
package health.falcon.fitness;

import org.jspecify.annotations.NullMarked;

/**
 * The Strava connector: the API client, the mapping of Strava activities, the rate-limit
 * policy and the sync.
 */
@NullMarked
package health.falcon.fitness.strava;

import org.jspecify.annotations.NullMarked;

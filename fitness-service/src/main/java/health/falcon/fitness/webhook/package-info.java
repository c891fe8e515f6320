/**
 * Strava push subscriptions: the verification handshake and event handling.
 */
@NullMarked
package health.falcon.fitness.webhook;

import org.jspecify.annotations.NullMarked;

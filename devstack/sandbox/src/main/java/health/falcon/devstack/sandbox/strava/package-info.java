/**
 * Strava API v3 emulator under {@code /strava}: OAuth (authorize page, token exchange and
 * refresh, deauthorization), activities and athlete endpoints with rate-limit headers,
 * push subscriptions with webhook events, and sandbox-only control routes under
 * {@code /strava/sandbox}.
 */
@NullMarked
package health.falcon.devstack.sandbox.strava;

import org.jspecify.annotations.NullMarked;

package health.falcon.ingest.oauth;

import java.time.Instant;

/**
 * What the OAuth {@code state} parameter carries, signed.
 *
 * @param userId the user who started the connect flow
 * @param provider the provider's id, for example {@code strava}
 * @param nonce the one-time nonce stored in {@code oauth_states}
 * @param expiresAt when the flow expires
 */
record SignedState(String userId, String provider, String nonce, Instant expiresAt) {

}

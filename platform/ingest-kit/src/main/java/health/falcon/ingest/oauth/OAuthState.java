package health.falcon.ingest.oauth;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A started connect flow in {@code oauth_states}, consumed exactly once by the callback.
 * Immutable and written once, hence a record. A TTL index lets the database remove a flow
 * that was never completed once it expired, also where no later authorize sweeps it (the
 * callback's expiry check reads the signed state, not this document).
 *
 * @param nonce the nonce carried by the signed state
 * @param userId the user who started the flow
 * @param provider the provider's id, for example {@code strava}
 * @param codeVerifier the PKCE verifier, {@code null} when the provider has no PKCE
 * @param expiresAt when the flow expires
 */
@Document("oauth_states")
record OAuthState(@Id String nonce, String userId, String provider, @Nullable String codeVerifier,
		@Indexed(expireAfter = "0s") Instant expiresAt) {

	@Override
	public String toString() {
		return "OAuthState[provider=" + this.provider + ", expiresAt=" + this.expiresAt + "]";
	}

}

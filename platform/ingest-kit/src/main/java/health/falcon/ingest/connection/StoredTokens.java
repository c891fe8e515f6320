package health.falcon.ingest.connection;

import java.time.Instant;

import health.falcon.ingest.crypto.EncryptedSecret;
import org.jspecify.annotations.Nullable;

/**
 * Encrypted tokens to write onto a connection together, in one atomic update.
 *
 * @param refreshToken the refresh token, {@code null} for none
 * @param expiresAt when the access token expires, {@code null} when unknown
 */
public record StoredTokens(EncryptedSecret accessToken, @Nullable EncryptedSecret refreshToken,
		@Nullable Instant expiresAt) {

}

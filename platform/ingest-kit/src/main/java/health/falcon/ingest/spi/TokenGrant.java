package health.falcon.ingest.spi;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What a token endpoint returned (code exchange or refresh), already parsed. Never
 * logged.
 *
 * @param refreshToken the refresh token, or {@code null} when none was returned (then the
 * previous one stays valid)
 * @param expiresAt when the access token expires ({@code expires_at}, or now +
 * {@code expires_in})
 * @param scopes scopes reported by the token response, empty when it reports none
 * @param additionalParameters every other field of the response (Strava's
 * {@code athlete})
 */
public record TokenGrant(String accessToken, @Nullable String refreshToken, @Nullable Instant expiresAt,
		Set<String> scopes, Map<String, Object> additionalParameters) {

	@Override
	public String toString() {
		return "TokenGrant[expiresAt=" + this.expiresAt + ", scopes=" + this.scopes + "]";
	}

}

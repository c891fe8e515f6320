package health.falcon.devstack.sandbox.strava;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import health.falcon.devstack.sandbox.common.RandomTokens;
import health.falcon.devstack.sandbox.oauth.AuthorizationCodes;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The emulator's authorization state, in memory: single-use authorization codes, expiring
 * access tokens and rotating refresh tokens, each bound to one athlete and the scopes
 * granted. A restart forgets everything, so connected clients must reconnect.
 */
@Component
class OAuthTokens {

	private final AuthorizationCodes<Grant> codes;

	private final Map<String, Grant> accessTokens = new ConcurrentHashMap<>();

	private final Map<String, Grant> refreshTokens = new ConcurrentHashMap<>();

	private final Clock clock;

	private final Duration accessTokenTimeToLive;

	OAuthTokens(Clock clock, StravaProperties properties) {
		this.clock = clock;
		this.accessTokenTimeToLive = properties.accessTokenTimeToLive();
		this.codes = new AuthorizationCodes<>(clock, properties.authorizationCodeTimeToLive(),
				() -> RandomTokens.hex(20));
	}

	/**
	 * Issues a single-use authorization code.
	 * @param athleteId the athlete who approved
	 * @param scopes the scopes granted
	 * @return the code, valid for the configured code lifetime
	 */
	String issueCode(long athleteId, Set<String> scopes) {
		// the code's own lifetime is the store's; the grant behind it does not expire
		return this.codes.issue(new Grant(athleteId, scopes, Instant.MAX));
	}

	/**
	 * Redeems an authorization code (once) for tokens.
	 * @return the tokens
	 * @throws StravaFaultException 400 when the code is unknown, used or expired
	 */
	Issued exchangeCode(String code) {
		Grant grant = this.codes.redeem(code);
		if (grant == null) {
			throw new StravaFaultException(HttpStatus.BAD_REQUEST,
					Fault.badRequest("AuthorizationCode", "code", "invalid"));
		}
		return issue(grant.athleteId(), grant.scopes());
	}

	/**
	 * Redeems a refresh token (once): the new refresh token replaces it.
	 * @return the new tokens
	 * @throws StravaFaultException 400 when the refresh token is unknown or was rotated
	 */
	Issued refresh(String refreshToken) {
		Grant grant = this.refreshTokens.remove(refreshToken);
		if (grant == null) {
			throw new StravaFaultException(HttpStatus.BAD_REQUEST,
					Fault.badRequest("RefreshToken", "refresh_token", "invalid"));
		}
		return issue(grant.athleteId(), grant.scopes());
	}

	/**
	 * Looks up a live access token.
	 * @param accessToken the token, {@code null} when the request carried none
	 * @return its grant
	 * @throws StravaFaultException 401 when the token is missing, unknown, expired or
	 * revoked
	 */
	Grant authenticate(@Nullable String accessToken) {
		Grant grant = (accessToken != null) ? this.accessTokens.get(accessToken) : null;
		if (grant == null || !grant.validAt(this.clock.instant())) {
			throw new StravaFaultException(HttpStatus.UNAUTHORIZED, Fault.invalidToken());
		}
		return grant;
	}

	/**
	 * Invalidates every code and token of an athlete.
	 */
	void revokeAthlete(long athleteId) {
		this.codes.removeIf((grant) -> grant.athleteId() == athleteId);
		this.accessTokens.values().removeIf((grant) -> grant.athleteId() == athleteId);
		this.refreshTokens.values().removeIf((grant) -> grant.athleteId() == athleteId);
	}

	private Issued issue(long athleteId, Set<String> scopes) {
		Instant expiresAt = this.clock.instant().plus(this.accessTokenTimeToLive);
		String accessToken = RandomTokens.hex(20);
		String refreshToken = RandomTokens.hex(20);
		this.accessTokens.put(accessToken, new Grant(athleteId, scopes, expiresAt));
		this.refreshTokens.put(refreshToken, new Grant(athleteId, scopes, Instant.MAX));
		return new Issued(accessToken, refreshToken, expiresAt, athleteId);
	}

	/**
	 * What a code or token grants.
	 *
	 * @param scopes the scopes granted
	 * @param expiresAt end of validity (exclusive)
	 */
	record Grant(long athleteId, Set<String> scopes, Instant expiresAt) {

		boolean validAt(Instant now) {
			return now.isBefore(this.expiresAt);
		}

	}

	/**
	 * A freshly issued token pair.
	 *
	 * @param expiresAt when the access token expires
	 */
	record Issued(String accessToken, String refreshToken, Instant expiresAt, long athleteId) {

	}

}

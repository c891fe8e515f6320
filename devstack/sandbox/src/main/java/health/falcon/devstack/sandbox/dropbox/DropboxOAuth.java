package health.falcon.devstack.sandbox.dropbox;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import health.falcon.devstack.sandbox.common.RandomTokens;
import health.falcon.devstack.sandbox.oauth.AuthorizationCodes;
import health.falcon.devstack.sandbox.oauth.OAuthErrorException;
import health.falcon.devstack.sandbox.oauth.Pkce;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The emulator's OAuth state, in memory: single-use codes (bound to the redirect URI and
 * an optional PKCE challenge), short-lived access tokens and refresh tokens that never
 * rotate. Revoking an access token revokes its whole grant: the refresh token and every
 * access token issued from it.
 */
@Component
class DropboxOAuth {

	private final AuthorizationCodes<Code> codes;

	private final Map<String, Access> accessTokens = new ConcurrentHashMap<>();

	private final Map<String, Grant> refreshTokens = new ConcurrentHashMap<>();

	private final Clock clock;

	private final DropboxProperties properties;

	DropboxOAuth(Clock clock, DropboxProperties properties) {
		this.clock = clock;
		this.properties = properties;
		this.codes = new AuthorizationCodes<>(clock, properties.authorizationCodeTimeToLive(),
				() -> RandomTokens.hex(22));
	}

	String issueCode(DropboxAccount account, @Nullable String redirectUri, @Nullable String codeChallenge,
			String codeChallengeMethod, boolean offline) {
		return this.codes.issue(new Code(account, redirectUri, codeChallenge, codeChallengeMethod, offline));
	}

	/**
	 * Redeems a code once.
	 * @param redirectUri the token request's redirect URI
	 * @param verifier the PKCE verifier, or {@code null}
	 * @param secretVerified whether the client authenticated with its secret
	 * @return the tokens
	 * @throws OAuthErrorException 400 on any mismatch
	 */
	Issued exchange(String code, @Nullable String redirectUri, @Nullable String verifier, boolean secretVerified) {
		Code redeemed = this.codes.redeem(code);
		if (redeemed == null) {
			throw OAuthErrorException.invalidGrant("code doesn't exist or has expired");
		}
		if (redeemed.redirectUri() != null && !redeemed.redirectUri().equals(redirectUri)) {
			throw OAuthErrorException.invalidGrant("redirect_uri mismatch");
		}
		if (redeemed.codeChallenge() == null && !secretVerified) {
			throw OAuthErrorException.badRequest("invalid_client", "No client secret and no PKCE code_challenge");
		}
		if (redeemed.codeChallenge() != null && (verifier == null || verifier.isBlank()
				|| !Pkce.verifies(redeemed.codeChallenge(), redeemed.codeChallengeMethod(), verifier))) {
			throw OAuthErrorException.invalidGrant("invalid code verifier");
		}
		Grant grant = new Grant(RandomTokens.hex(8), redeemed.account(), redeemed.codeChallenge() != null);
		String refreshToken = null;
		if (redeemed.offline()) {
			refreshToken = RandomTokens.hex(32);
			this.refreshTokens.put(refreshToken, grant);
		}
		return issueAccess(grant, refreshToken);
	}

	/**
	 * Issues a new access token; the refresh token stays as it is.
	 * @param secretVerified whether the client authenticated with its secret (else only
	 * grants made with PKCE may refresh)
	 * @return the tokens, without a refresh token
	 */
	Issued refresh(String refreshToken, boolean secretVerified) {
		Grant grant = this.refreshTokens.get(refreshToken);
		if (grant == null) {
			throw OAuthErrorException.invalidGrant("refresh token is invalid or revoked");
		}
		if (!secretVerified && !grant.pkce()) {
			throw OAuthErrorException.badRequest("invalid_client",
					"No client secret for a refresh token issued without PKCE");
		}
		return issueAccess(grant, null);
	}

	/**
	 * Looks up a live access token.
	 * @param token the bearer token
	 * @return the grant's account
	 * @throws DropboxApiException 401 {@code invalid_access_token} or
	 * {@code expired_access_token}
	 */
	DropboxAccount authenticate(String token) {
		Access access = this.accessTokens.get(token);
		if (access == null) {
			throw DropboxApiException.auth("invalid_access_token");
		}
		if (!this.clock.instant().isBefore(access.expiresAt())) {
			throw DropboxApiException.auth("expired_access_token");
		}
		return access.grant().account();
	}

	/**
	 * Revokes the grant behind an access token.
	 * @param token a live access token
	 */
	void revoke(String token) {
		Access access = this.accessTokens.get(token);
		if (access == null) {
			return;
		}
		String grantId = access.grant().id();
		this.accessTokens.values().removeIf((other) -> other.grant().id().equals(grantId));
		this.refreshTokens.values().removeIf((grant) -> grant.id().equals(grantId));
	}

	private Issued issueAccess(Grant grant, @Nullable String refreshToken) {
		String token = "sl.sandbox." + RandomTokens.hex(48);
		this.accessTokens.put(token,
				new Access(grant, this.clock.instant().plus(this.properties.accessTokenTimeToLive())));
		return new Issued(token, this.properties.accessTokenTimeToLive().toSeconds(), grant.account(), refreshToken);
	}

	/**
	 * An authorization code.
	 *
	 * @param account the account that allowed access
	 * @param redirectUri the redirect URI of the request, {@code null} for the
	 * no-redirect flow
	 * @param codeChallenge the PKCE challenge, or {@code null}
	 * @param codeChallengeMethod {@code S256} or {@code plain}
	 * @param offline whether {@code token_access_type=offline} was requested
	 */
	record Code(DropboxAccount account, @Nullable String redirectUri, @Nullable String codeChallenge,
			String codeChallengeMethod, boolean offline) {

	}

	/**
	 * One user's authorization of the app, shared by its refresh token and the access
	 * tokens issued from it.
	 *
	 * @param pkce whether it was made with PKCE
	 */
	record Grant(String id, DropboxAccount account, boolean pkce) {

	}

	/**
	 * An access token's grant and expiry.
	 *
	 * @param expiresAt end of validity (exclusive)
	 */
	record Access(Grant grant, Instant expiresAt) {

	}

	/**
	 * Freshly issued tokens.
	 *
	 * @param expiresIn its lifetime in seconds
	 * @param refreshToken the refresh token (code exchange with offline access only)
	 */
	record Issued(String accessToken, long expiresIn, DropboxAccount account, @Nullable String refreshToken) {

	}

}

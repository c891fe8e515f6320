package health.falcon.devstack.sandbox.googlehealth;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import health.falcon.devstack.sandbox.common.RandomTokens;
import health.falcon.devstack.sandbox.oauth.AuthorizationCodes;
import health.falcon.devstack.sandbox.oauth.OAuthErrorException;
import health.falcon.devstack.sandbox.oauth.Pkce;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The emulator's Google OAuth state, in memory: single-use codes bound to the redirect
 * URI and a PKCE challenge, one-hour access tokens, and refresh tokens that do not rotate
 * (Google keeps the original valid until it is revoked). Revoking any token of a consent
 * revokes the whole consent. A restart forgets everything.
 */
@Component
class GoogleOAuth {

	private final AuthorizationCodes<Code> codes;

	private final Map<String, Grant> accessTokens = new ConcurrentHashMap<>();

	private final Map<String, Consent> refreshTokens = new ConcurrentHashMap<>();

	private final Clock clock;

	private final GoogleHealthProperties properties;

	GoogleOAuth(Clock clock, GoogleHealthProperties properties) {
		this.clock = clock;
		this.properties = properties;
		this.codes = new AuthorizationCodes<>(clock, properties.authorizationCodeTimeToLive(),
				() -> "4/0sandbox-" + RandomTokens.hex(20));
	}

	/**
	 * Issues a single-use code after consent.
	 * @param request what was approved
	 */
	String issueCode(Code request) {
		return this.codes.issue(request);
	}

	/**
	 * Redeems a code once, checking the redirect URI and the PKCE verifier.
	 * @param redirectUri the redirect URI of the authorization request
	 * @param verifier the PKCE verifier, or {@code null}
	 * @return the tokens (with a refresh token for offline access)
	 * @throws OAuthErrorException {@code invalid_grant} on any mismatch
	 */
	Issued exchange(String code, @Nullable String redirectUri, @Nullable String verifier) {
		Code grant = this.codes.redeem(code);
		if (grant == null) {
			throw OAuthErrorException.invalidGrant("Malformed auth code.");
		}
		if (!grant.redirectUri().equals(redirectUri)) {
			throw new OAuthErrorException(HttpStatus.BAD_REQUEST, "redirect_uri_mismatch", "Bad Request");
		}
		checkVerifier(grant, verifier);
		Consent consent = new Consent(RandomTokens.hex(8), grant.scopes());
		String refreshToken = null;
		if (grant.offline()) {
			refreshToken = "1//sandbox-" + RandomTokens.hex(24);
			this.refreshTokens.put(refreshToken, consent);
		}
		return issueAccess(consent, refreshToken);
	}

	private static void checkVerifier(Code grant, @Nullable String verifier) {
		if (grant.codeChallenge() == null) {
			return;
		}
		if (verifier == null || verifier.isBlank()) {
			throw OAuthErrorException.invalidGrant("Missing code verifier.");
		}
		if (!Pkce.verifies(grant.codeChallenge(), grant.codeChallengeMethod(), verifier)) {
			throw OAuthErrorException.invalidGrant("Invalid code verifier.");
		}
	}

	/**
	 * Issues a new access token for a refresh token; the refresh token stays valid.
	 * @return the tokens, without a refresh token
	 */
	Issued refresh(String refreshToken) {
		Consent consent = this.refreshTokens.get(refreshToken);
		if (consent == null) {
			throw OAuthErrorException.invalidGrant("Token has been expired or revoked.");
		}
		return issueAccess(consent, null);
	}

	/**
	 * Looks up a live access token.
	 * @param accessToken the token, or {@code null}
	 * @return its grant
	 * @throws GoogleApiException 401 when missing, unknown, expired or revoked
	 */
	Grant authenticate(@Nullable String accessToken) {
		Grant grant = (accessToken != null) ? this.accessTokens.get(accessToken) : null;
		if (grant == null || !this.clock.instant().isBefore(grant.expiresAt())) {
			throw GoogleApiException.unauthenticated();
		}
		return grant;
	}

	/**
	 * Revokes the consent behind an access or refresh token.
	 * @return {@code false} when the token is unknown
	 */
	boolean revoke(String token) {
		Consent consent = this.refreshTokens.get(token);
		Grant grant = this.accessTokens.get(token);
		String consentId = (consent != null) ? consent.id() : (grant != null) ? grant.consentId() : null;
		if (consentId == null) {
			return false;
		}
		this.refreshTokens.values().removeIf((c) -> c.id().equals(consentId));
		this.accessTokens.values().removeIf((g) -> g.consentId().equals(consentId));
		return true;
	}

	private Issued issueAccess(Consent consent, @Nullable String refreshToken) {
		Instant expiresAt = this.clock.instant().plus(this.properties.accessTokenTimeToLive());
		String accessToken = "ya29.sandbox-" + RandomTokens.hex(32);
		this.accessTokens.put(accessToken, new Grant(consent.id(), consent.scopes(), expiresAt));
		long expiresIn = this.properties.accessTokenTimeToLive().toSeconds() - 1;
		return new Issued(accessToken, refreshToken, expiresIn, consent.scopes());
	}

	/**
	 * An authorization code.
	 *
	 * @param scopes the scopes granted
	 * @param redirectUri the redirect URI it was issued for
	 * @param codeChallenge the PKCE challenge, or {@code null}
	 * @param codeChallengeMethod {@code S256} or {@code plain}
	 * @param offline whether {@code access_type=offline} was requested
	 */
	record Code(Set<String> scopes, String redirectUri, @Nullable String codeChallenge, String codeChallengeMethod,
			boolean offline) {

	}

	/**
	 * A user's consent, shared by its refresh token and every access token issued from
	 * it.
	 *
	 * @param scopes scopes granted
	 */
	record Consent(String id, Set<String> scopes) {

	}

	/**
	 * What an access token grants.
	 *
	 * @param scopes the scopes granted
	 * @param expiresAt end of validity (exclusive)
	 */
	record Grant(String consentId, Set<String> scopes, Instant expiresAt) {

		/**
		 * Requires a scope.
		 * @param method the API method, for the error
		 * @throws GoogleApiException 403 when not granted
		 */
		void require(String scope, String method) {
			if (!this.scopes.contains(scope)) {
				throw GoogleApiException.insufficientScope(method);
			}
		}

	}

	/**
	 * Freshly issued tokens.
	 *
	 * @param refreshToken the refresh token, or {@code null} (refresh, or online access)
	 * @param expiresIn seconds until the access token expires
	 * @param scopes the scopes granted
	 */
	record Issued(String accessToken, @Nullable String refreshToken, long expiresIn, Set<String> scopes) {

	}

}

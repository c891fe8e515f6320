package health.falcon.ingest.spi;

import java.util.Map;

/**
 * Code-level OAuth facts of a provider.
 *
 * @param scopeSeparator how scopes are joined in the authorization request ({@code ","}
 * for Strava, {@code " "} for the standard)
 * @param pkce whether the provider supports PKCE (S256)
 * @param grantedScopesSource where the scopes the user actually granted are reported
 * @param clientAuthentication how the client authenticates at the token endpoint
 * @param authorizationParameters extra authorization request parameters (Strava
 * {@code approval_prompt=auto}; Google {@code access_type=offline},
 * {@code prompt=consent})
 */
public record OAuthConventions(String scopeSeparator, boolean pkce, GrantedScopesSource grantedScopesSource,
		ClientAuthentication clientAuthentication, Map<String, String> authorizationParameters) {

	/** Where granted scopes come back. */
	public enum GrantedScopesSource {

		/** The {@code scope} query parameter of the redirect back to us (Strava). */
		CALLBACK_PARAMETER,

		/** The {@code scope} field of the token response (RFC 6749). */
		TOKEN_RESPONSE

	}

	/** Client authentication at the token endpoint. */
	public enum ClientAuthentication {

		/** {@code client_id} and {@code client_secret} as form fields (Strava). */
		CLIENT_SECRET_POST,

		/** HTTP Basic (RFC 6749 default). */
		CLIENT_SECRET_BASIC

	}

}

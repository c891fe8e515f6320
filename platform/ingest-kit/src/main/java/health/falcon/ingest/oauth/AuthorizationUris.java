package health.falcon.ingest.oauth;

import java.net.URI;

import health.falcon.ingest.spi.OAuthConventions;
import org.jspecify.annotations.Nullable;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Builds the provider's authorization URI with its conventions: the scope separator,
 * extra parameters and the PKCE S256 challenge.
 */
final class AuthorizationUris {

	private AuthorizationUris() {
	}

	static URI build(ClientRegistration registration, OAuthConventions conventions, String state,
			@Nullable String codeChallenge) {
		UriComponentsBuilder builder = UriComponentsBuilder
			.fromUriString(registration.getProviderDetails().getAuthorizationUri())
			.queryParam("response_type", "code")
			.queryParam("client_id", registration.getClientId())
			.queryParam("redirect_uri", registration.getRedirectUri())
			.queryParam("scope", String.join(conventions.scopeSeparator(), registration.getScopes()))
			.queryParam("state", state);
		conventions.authorizationParameters().forEach(builder::queryParam);
		if (codeChallenge != null) {
			builder.queryParam("code_challenge", codeChallenge).queryParam("code_challenge_method", "S256");
		}
		return builder.encode().build().toUri();
	}

}

package health.falcon.ingest.oauth;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import health.falcon.ingest.spi.TokenGrant;
import org.jspecify.annotations.Nullable;

import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.endpoint.OAuth2RefreshTokenGrantRequest;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.RestClientRefreshTokenTokenResponseClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationExchange;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationResponse;
import org.springframework.security.oauth2.core.endpoint.PkceParameterNames;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.util.StreamUtils;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Calls a provider's token endpoint through Spring Security's OAuth 2 client
 * ({@link RestClientAuthorizationCodeTokenResponseClient},
 * {@link RestClientRefreshTokenTokenResponseClient}) and turns the answer into a
 * {@link TokenGrant}. A 4xx answer becomes {@link TokenRejectedException}; 5xx, 429 and
 * I/O failures become {@link TokenEndpointException}.
 */
class TokenClient {

	private static final Pattern ERROR_CODE = Pattern.compile("\"error\"\\s*:\\s*\"([a-z_]{1,40})\"");

	private final RestClientAuthorizationCodeTokenResponseClient codeClient = new RestClientAuthorizationCodeTokenResponseClient();

	private final RestClientRefreshTokenTokenResponseClient refreshClient = new RestClientRefreshTokenTokenResponseClient();

	private final ClientRegistrations registrations;

	private final Clock clock;

	TokenClient(ClientRegistrations registrations, ClientHttpRequestFactory requestFactory, Clock clock) {
		this.registrations = registrations;
		this.clock = clock;
		RestClient restClient = RestClient.builder().requestFactory(requestFactory).messageConverters((converters) -> {
			converters.clear();
			converters.add(new FormHttpMessageConverter());
			converters.add(new OAuth2AccessTokenResponseHttpMessageConverter());
		}).defaultStatusHandler((status) -> status.is4xxClientError() && status.value() != 429, (request, response) -> {
			throw new TokenRejectedException(response.getStatusCode().value(), errorCode(response));
		}).build();
		this.codeClient.setRestClient(restClient);
		this.refreshClient.setRestClient(restClient);
	}

	TokenGrant exchange(String provider, String code, String state, @Nullable String codeVerifier) {
		ClientRegistration registration = this.registrations.registration(provider);
		String redirectUri = registration.getRedirectUri();
		Map<String, Object> attributes = new HashMap<>();
		if (codeVerifier != null) {
			attributes.put(PkceParameterNames.CODE_VERIFIER, codeVerifier);
		}
		OAuth2AuthorizationRequest request = OAuth2AuthorizationRequest.authorizationCode()
			.authorizationUri(registration.getProviderDetails().getAuthorizationUri())
			.clientId(registration.getClientId())
			.redirectUri(redirectUri)
			.scopes(registration.getScopes())
			.state(state)
			.attributes(attributes)
			.build();
		OAuth2AuthorizationResponse response = OAuth2AuthorizationResponse.success(code)
			.redirectUri(redirectUri)
			.state(state)
			.build();
		return call(() -> this.codeClient.getTokenResponse(new OAuth2AuthorizationCodeGrantRequest(registration,
				new OAuth2AuthorizationExchange(request, response))));
	}

	TokenGrant refresh(String provider, String accessToken, String refreshToken) {
		ClientRegistration registration = this.registrations.registration(provider);
		OAuth2AccessToken current = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, accessToken, null, null);
		return call(() -> this.refreshClient.getTokenResponse(
				new OAuth2RefreshTokenGrantRequest(registration, current, new OAuth2RefreshToken(refreshToken, null))));
	}

	private TokenGrant call(TokenCall call) {
		try {
			return grant(call.execute());
		}
		catch (OAuth2AuthorizationException | RestClientException ex) {
			throw new TokenEndpointException("Token endpoint call failed", ex);
		}
	}

	private TokenGrant grant(OAuth2AccessTokenResponse response) {
		OAuth2AccessToken token = response.getAccessToken();
		Map<String, Object> additional = response.getAdditionalParameters();
		OAuth2RefreshToken refresh = response.getRefreshToken();
		return new TokenGrant(token.getTokenValue(), (refresh != null) ? refresh.getTokenValue() : null,
				expiresAt(token, additional), token.getScopes(), additional);
	}

	// Spring parses expires_in relative to its own clock; restate it on ours. Without
	// expires_in Spring assumes one second, so fall back to an absolute expires_at
	// (Strava).
	private @Nullable Instant expiresAt(OAuth2AccessToken token, Map<String, Object> additional) {
		Instant now = this.clock.instant();
		Object absolute = additional.get("expires_at");
		if (token.getIssuedAt() == null || token.getExpiresAt() == null) {
			return (absolute != null) ? Instant.ofEpochSecond(Long.parseLong(absolute.toString())) : null;
		}
		Duration lifetime = Duration.between(token.getIssuedAt(), token.getExpiresAt());
		if (lifetime.getSeconds() <= 1 && absolute != null) {
			return Instant.ofEpochSecond(Long.parseLong(absolute.toString()));
		}
		return now.plus(lifetime);
	}

	private static String errorCode(ClientHttpResponse response) {
		try {
			String body = StreamUtils.copyToString(response.getBody(), StandardCharsets.UTF_8);
			Matcher matcher = ERROR_CODE.matcher(body);
			return matcher.find() ? matcher.group(1) : "rejected";
		}
		catch (java.io.IOException ex) {
			return "rejected";
		}
	}

	@FunctionalInterface
	private interface TokenCall {

		OAuth2AccessTokenResponse execute();

	}

}

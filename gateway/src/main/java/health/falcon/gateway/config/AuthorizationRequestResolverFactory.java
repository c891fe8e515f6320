package health.falcon.gateway.config;

import java.util.function.Consumer;

import health.falcon.gateway.GatewayProperties;

import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.server.DefaultServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.util.StringUtils;

/**
 * Builds the authorization request resolver: PKCE (S256) for every client, confidential
 * ones included, and the {@code audience} parameter when one is configured (Auth0).
 */
class AuthorizationRequestResolverFactory {

	private final GatewayProperties properties;

	AuthorizationRequestResolverFactory(GatewayProperties properties) {
		this.properties = properties;
	}

	ServerOAuth2AuthorizationRequestResolver create(ReactiveClientRegistrationRepository clients) {
		DefaultServerOAuth2AuthorizationRequestResolver resolver = new DefaultServerOAuth2AuthorizationRequestResolver(
				clients);
		resolver.setAuthorizationRequestCustomizer(customizer());
		return resolver;
	}

	Consumer<OAuth2AuthorizationRequest.Builder> customizer() {
		Consumer<OAuth2AuthorizationRequest.Builder> pkce = OAuth2AuthorizationRequestCustomizers.withPkce();
		String audience = this.properties.audience();
		if (!StringUtils.hasText(audience)) {
			return pkce;
		}
		return pkce.andThen((builder) -> builder.additionalParameters((params) -> params.put("audience", audience)));
	}

}

package health.falcon.devstack.idp.client;

import health.falcon.devstack.idp.IdpProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/**
 * Registers the two clients: the gateway, confidential ({@code client_secret_basic}),
 * authorization code with PKCE required, JWT access tokens, rotating refresh tokens, no
 * consent screen; and the ingest services' client for service-to-service calls (client
 * credentials, scope {@code falcon.internal}).
 */
@Configuration(proxyBeanMethods = false)
class GatewayClientConfiguration {

	/** The scope of service-to-service calls, accepted only by {@code /internal/**}. */
	static final String INTERNAL_SCOPE = "falcon.internal";

	@Bean
	RegisteredClientRepository registeredClientRepository(IdpProperties properties) {
		return new InMemoryRegisteredClientRepository(gatewayClient(properties), serviceClient(properties));
	}

	@Bean
	AuthorizationServerSettings authorizationServerSettings(IdpProperties properties) {
		return AuthorizationServerSettings.builder().issuer(properties.issuer()).build();
	}

	static RegisteredClient serviceClient(IdpProperties properties) {
		IdpProperties.ServiceClient client = properties.serviceClient();
		return RegisteredClient.withId(client.id())
			.clientId(client.id())
			.clientSecret(client.storedSecret())
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.scope(INTERNAL_SCOPE)
			.tokenSettings(TokenSettings.builder()
				.accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
				.accessTokenTimeToLive(client.accessTokenTimeToLive())
				.build())
			.build();
	}

	static RegisteredClient gatewayClient(IdpProperties properties) {
		IdpProperties.Client client = properties.client();
		return RegisteredClient.withId(client.id())
			.clientId(client.id())
			.clientSecret(client.storedSecret())
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
			.redirectUri(properties.gatewayUrl(client.redirectPath()))
			.postLogoutRedirectUri(properties.gatewayUrl(client.postLogoutRedirectPath()))
			.scope(OidcScopes.OPENID)
			.scope(OidcScopes.PROFILE)
			.scope(OidcScopes.EMAIL)
			.clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
			.tokenSettings(TokenSettings.builder()
				.accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
				.accessTokenTimeToLive(client.accessTokenTimeToLive())
				.refreshTokenTimeToLive(client.refreshTokenTimeToLive())
				.reuseRefreshTokens(false)
				.build())
			.build();
	}

}

package health.falcon.ingest.oauth;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import health.falcon.ingest.config.IngestProperties;
import health.falcon.ingest.provider.ProviderConnectors;
import health.falcon.ingest.spi.OAuthConventions;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * Spring Security {@link ClientRegistration}s built from
 * {@code falcon.ingest.providers.<id>.*} and the connector's {@link OAuthConventions};
 * the redirect URI is {@code {public-base-url}/api/connections/{provider}/callback}.
 */
class ClientRegistrations {

	private final ProviderConnectors connectors;

	private final String publicBaseUrl;

	private final Map<String, ClientRegistration> registrations = new ConcurrentHashMap<>();

	ClientRegistrations(ProviderConnectors connectors, String publicBaseUrl) {
		this.connectors = connectors;
		this.publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
				: publicBaseUrl;
	}

	ClientRegistration registration(String provider) {
		return this.registrations.computeIfAbsent(provider, this::build);
	}

	String callbackUri(String provider) {
		return this.publicBaseUrl + "/api/connections/" + provider + "/callback";
	}

	String frontendUri() {
		return this.publicBaseUrl + "/connections";
	}

	private ClientRegistration build(String provider) {
		IngestProperties.Provider properties = this.connectors.properties(provider);
		OAuthConventions conventions = this.connectors.connector(provider).oauthConventions();
		ClientAuthenticationMethod method = switch (conventions.clientAuthentication()) {
			case CLIENT_SECRET_POST -> ClientAuthenticationMethod.CLIENT_SECRET_POST;
			case CLIENT_SECRET_BASIC -> ClientAuthenticationMethod.CLIENT_SECRET_BASIC;
		};
		return ClientRegistration.withRegistrationId(provider)
			.clientId(properties.clientId())
			.clientSecret(properties.clientSecret())
			.clientAuthenticationMethod(method)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri(callbackUri(provider))
			.scope(properties.scopes())
			.authorizationUri(properties.authorizationUri())
			.tokenUri(properties.tokenUri())
			.build();
	}

}

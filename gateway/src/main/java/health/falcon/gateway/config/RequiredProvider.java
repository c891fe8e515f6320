package health.falcon.gateway.config;

import java.net.URI;

import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.util.StringUtils;

/**
 * Checks that the sign-in provider's issuer is configured as an absolute HTTP(S) URL.
 * There is no default (a default would quietly point a production gateway at a local
 * port), so without it the gateway refuses to start and names the property.
 */
final class RequiredProvider {

	private RequiredProvider() {
	}

	static void check(OAuth2ClientProperties oauth2, String registrationId) {
		OAuth2ClientProperties.Registration registration = oauth2.getRegistration().get(registrationId);
		String providerId = (registration != null && StringUtils.hasText(registration.getProvider()))
				? registration.getProvider() : registrationId;
		String property = "spring.security.oauth2.client.provider." + providerId + ".issuer-uri";
		OAuth2ClientProperties.Provider provider = oauth2.getProvider().get(providerId);
		String issuer = (provider != null) ? provider.getIssuerUri() : null;
		if (!StringUtils.hasText(issuer)) {
			throw new InvalidConfigurationPropertyValueException(property, issuer,
					"The OIDC provider's issuer must be set (FALCON_OIDC_ISSUER_URI); there is no default.");
		}
		if (!isAbsoluteHttpUrl(issuer)) {
			throw new InvalidConfigurationPropertyValueException(property, issuer,
					"The issuer must be an absolute http or https URL.");
		}
	}

	private static boolean isAbsoluteHttpUrl(String value) {
		try {
			URI uri = URI.create(value);
			return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}

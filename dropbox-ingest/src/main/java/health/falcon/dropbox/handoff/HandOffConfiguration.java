package health.falcon.dropbox.handoff;

import java.util.Locale;

import health.falcon.ingest.imports.ImportHandOffClient;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.client.autoconfigure.HttpClientProperties;
import org.springframework.boot.http.client.autoconfigure.service.HttpServiceClientProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.util.StringUtils;
import org.springframework.web.client.support.RestClientHttpServiceGroupConfigurer;
import org.springframework.web.service.registry.ImportHttpServices;

/**
 * The hand-off contract ({@link ImportHandOffClient}) as one HTTP service group per
 * receiver ({@code diet-service}, {@code fitbit-service}), whose base URL and timeouts
 * come from {@code spring.http.serviceclient.<group>.*}. One group configurer adds this
 * service's token to both: Spring Security's OAuth2 client obtains (and caches until it
 * expires) a client-credentials token for the registration named by
 * {@code falcon.dropbox.hand-off.client-registration-id}
 * ({@code spring.security.oauth2.client.registration.falcon-ingest.*}). Import threads
 * run without a signed-in user, so the token belongs to this service, not to a user.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HandOffProperties.class)
@ImportHttpServices(group = HandOffConfiguration.DIET_SERVICE, types = ImportHandOffClient.class)
@ImportHttpServices(group = HandOffConfiguration.FITBIT_SERVICE, types = ImportHandOffClient.class)
class HandOffConfiguration {

	/** The group of diet-service, which receives MyFitnessPal exports. */
	static final String DIET_SERVICE = "diet-service";

	/** The group of fitbit-service, which receives Fitbit and Takeout exports. */
	static final String FITBIT_SERVICE = "fitbit-service";

	@Bean
	RestClientHttpServiceGroupConfigurer handOffServiceToken(ClientRegistrationRepository registrations,
			OAuth2AuthorizedClientService clients, HandOffProperties properties, HttpServiceClientProperties services) {
		OAuth2ClientHttpRequestInterceptor interceptor = serviceToken(registrations, clients, properties);
		return (groups) -> groups.filterByName(DIET_SERVICE, FITBIT_SERVICE).forEachClient((group, client) -> {
			requireBaseUrl(services, group.name());
			client.requestInterceptor(interceptor);
		});
	}

	private static OAuth2ClientHttpRequestInterceptor serviceToken(ClientRegistrationRepository registrations,
			OAuth2AuthorizedClientService clients, HandOffProperties properties) {
		AuthorizedClientServiceOAuth2AuthorizedClientManager manager = new AuthorizedClientServiceOAuth2AuthorizedClientManager(
				registrations, clients);
		manager
			.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder().clientCredentials().build());
		OAuth2ClientHttpRequestInterceptor interceptor = new OAuth2ClientHttpRequestInterceptor(manager);
		interceptor.setClientRegistrationIdResolver((request) -> properties.clientRegistrationId());
		AnonymousAuthenticationToken service = new AnonymousAuthenticationToken("dropbox-ingest", "dropbox-ingest",
				AuthorityUtils.createAuthorityList("ROLE_SERVICE"));
		interceptor.setPrincipalResolver((request) -> service);
		return interceptor;
	}

	/**
	 * A receiver without a base URL would be called at this service's own host: refuse to
	 * start instead, naming the property and its environment variable.
	 */
	private static void requireBaseUrl(HttpServiceClientProperties services, String group) {
		HttpClientProperties settings = services.get(group);
		if (settings == null || !StringUtils.hasText(settings.getBaseUrl())) {
			String variable = "FALCON_SERVICES_" + group.toUpperCase(Locale.ROOT).replace('-', '_');
			throw new IllegalStateException("spring.http.serviceclient." + group + ".base-url is required: set "
					+ variable + " (the base URL of " + group + ")");
		}
	}

}

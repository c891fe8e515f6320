package health.falcon.dropbox.handoff;

import java.net.http.HttpClient;
import java.time.Duration;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;

/**
 * The REST client of hand-offs: Spring Security's OAuth2 client obtains (and caches until
 * it expires) a client-credentials token for the registration named by
 * {@code falcon.dropbox.hand-off.client-registration-id}
 * ({@code spring.security.oauth2.client.registration.falcon-ingest.*}) and adds it to
 * every call. Import threads run without a signed-in user, so the token belongs to this
 * service, not to a user.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HandOffProperties.class)
class HandOffConfiguration {

	@Bean
	RestClient handOffRestClient(ClientRegistrationRepository registrations, OAuth2AuthorizedClientService clients,
			HandOffProperties properties) {
		AuthorizedClientServiceOAuth2AuthorizedClientManager manager = new AuthorizedClientServiceOAuth2AuthorizedClientManager(
				registrations, clients);
		manager
			.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder().clientCredentials().build());
		OAuth2ClientHttpRequestInterceptor interceptor = new OAuth2ClientHttpRequestInterceptor(manager);
		interceptor.setClientRegistrationIdResolver((request) -> properties.clientRegistrationId());
		AnonymousAuthenticationToken service = new AnonymousAuthenticationToken("dropbox-ingest", "dropbox-ingest",
				AuthorityUtils.createAuthorityList("ROLE_SERVICE"));
		interceptor.setPrincipalResolver((request) -> service);
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
		requests.setReadTimeout(Duration.ofSeconds(60));
		return RestClient.builder().requestFactory(requests).requestInterceptor(interceptor).build();
	}

}

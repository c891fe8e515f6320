package health.falcon.gateway.config;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;

import static org.assertj.core.api.Assertions.assertThat;

class ContentSecurityPolicyTests {

	@Test
	void allowsFormsToPostToTheProvidersOrigins() {
		ClientRegistration registration = ClientRegistration.withRegistrationId("falcon")
			.clientId("gateway")
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
			.authorizationUri("https://tenant.example.auth0.com/authorize")
			.tokenUri("https://tenant.example.auth0.com/oauth/token")
			.providerConfigurationMetadata(Map.of("end_session_endpoint", "https://logout.example.com/v2"))
			.build();
		ContentSecurityPolicy policy = ContentSecurityPolicy.forProviders(
				new InMemoryReactiveClientRegistrationRepository(registration), List.of("http://localhost:9000/x"));
		assertThat(policy.formActionOrigins()).isEqualTo(
				Set.of("https://tenant.example.auth0.com", "https://logout.example.com", "http://localhost:9000"));
		assertThat(policy.directives()).contains("script-src 'self'")
			.contains("object-src 'none'")
			.contains(
					"form-action 'self' http://localhost:9000 https://logout.example.com https://tenant.example.auth0.com");
	}

}

package health.falcon.dropbox.config;

import health.falcon.kit.security.ResourceServerAutoConfiguration;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * A second, higher-precedence {@link SecurityFilterChain} for {@code /webhooks/**}:
 * providers call these paths without a login and without CSRF tokens, and the service
 * verifies them itself (Dropbox: the {@code X-Dropbox-Signature} HMAC of the body).
 * <p>
 * Why an auto-configuration, ordered after the service kit's: the kit's default chain
 * (bearer tokens everywhere, problem+json 401/403) is
 * {@code @ConditionalOnMissingBean(SecurityFilterChain.class)}, so a chain declared in
 * ordinary application configuration would switch it off, and its problem entry points
 * are not public to copy. Registered after the kit's auto-configuration, this chain is
 * added beside the kit's instead of replacing it. It is listed in
 * {@code META-INF/spring/...AutoConfiguration.imports} and therefore skipped by component
 * scanning.
 */
@AutoConfiguration(after = ResourceServerAutoConfiguration.class)
public class WebhookSecurityAutoConfiguration {

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityFilterChain falconWebhookFilterChain(HttpSecurity http) throws Exception {
		// no cookies and no session on these paths: CSRF protection does not apply
		http.securityMatcher("/webhooks/**")
			.csrf(AbstractHttpConfigurer::disable)
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(AbstractHttpConfigurer::disable)
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll());
		return http.build();
	}

}

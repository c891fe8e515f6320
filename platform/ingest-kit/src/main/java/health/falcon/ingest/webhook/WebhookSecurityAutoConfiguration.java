package health.falcon.ingest.webhook;

import health.falcon.kit.security.ResourceServerAutoConfiguration;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * A second, higher-precedence {@link SecurityFilterChain} for {@code /webhooks/**} in
 * every ingest service: providers call these paths without a login and without CSRF
 * tokens, and the owning controller verifies them itself before trusting anything
 * (Strava: the verify token and the subscription id; Google Health: the endpoint secret
 * or the notification signature; Dropbox: {@code X-Dropbox-Signature}).
 * <p>
 * Why an auto-configuration, ordered after the service kit's: the kit's default chain
 * (bearer tokens everywhere, problem+json 401/403) is
 * {@code @ConditionalOnMissingBean(SecurityFilterChain.class)}, so a chain declared in
 * ordinary application configuration would switch it off. Registered after it, this chain
 * is added beside the kit's instead of replacing it.
 */
@AutoConfiguration(after = ResourceServerAutoConfiguration.class)
@ConditionalOnWebApplication(type = Type.SERVLET)
@ConditionalOnClass(SecurityFilterChain.class)
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

package health.falcon.kit.security;

import java.util.List;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.context.annotation.Bean;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Auto-configuration that makes a servlet service a stateless OAuth2 resource server. The
 * JWT decoder is Boot's own ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri}
 * and {@code audiences}; with an issuer URI it discovers the keys lazily on the first
 * token, so the service starts before the identity provider). The default
 * {@link SecurityFilterChain} permits the health, info and prometheus endpoints and
 * requires a bearer token everywhere else, answering 401/403 as problem+json. Service
 * tokens (scope {@value #INTERNAL_SCOPE}, client credentials of the ingest services) are
 * accepted on {@code /internal/**} only, and only they are: a service token never acts as
 * a user, and a user token never reaches an internal endpoint. Declare a
 * {@code SecurityFilterChain} bean to replace it. {@link CurrentUser} controller
 * parameters are resolved from the token.
 */
@AutoConfiguration(beforeName = {
		"org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
		"org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration",
		// a service that also calls other services as an OAuth2 client keeps this chain
		"org.springframework.boot.security.oauth2.client.autoconfigure.servlet.OAuth2ClientWebSecurityAutoConfiguration" })
@ConditionalOnWebApplication(type = Type.SERVLET)
@ConditionalOnClass({ SecurityFilterChain.class, JwtAuthenticationToken.class, WebMvcConfigurer.class })
public class ResourceServerAutoConfiguration {

	/** The scope of service-to-service tokens. */
	public static final String INTERNAL_SCOPE = "falcon.internal";

	private static final String INTERNAL_AUTHORITY = "SCOPE_" + INTERNAL_SCOPE;

	private static final String INTERNAL_PATHS = "/internal/**";

	private static final String[] PUBLIC_PATHS = { "/actuator/health", "/actuator/health/**", "/actuator/info",
			"/actuator/prometheus", "/error" };

	@Bean
	@ConditionalOnMissingBean(SecurityFilterChain.class)
	SecurityFilterChain falconResourceServerFilterChain(HttpSecurity http,
			@Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver) throws Exception {
		ProblemAuthenticationEntryPoint entryPoint = new ProblemAuthenticationEntryPoint(resolver);
		ProblemAccessDeniedHandler accessDeniedHandler = new ProblemAccessDeniedHandler(resolver);
		// bearer tokens only, no cookies and no session: CSRF protection does not apply
		http.csrf(AbstractHttpConfigurer::disable)
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests((requests) -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
				.permitAll()
				.requestMatchers(PUBLIC_PATHS)
				.permitAll()
				.requestMatchers(INTERNAL_PATHS)
				.hasAuthority(INTERNAL_AUTHORITY)
				.anyRequest()
				.access(userTokens()))
			.oauth2ResourceServer((server) -> server.jwt(Customizer.withDefaults())
				.authenticationEntryPoint(entryPoint)
				.accessDeniedHandler(accessDeniedHandler))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(entryPoint)
				.accessDeniedHandler(accessDeniedHandler));
		return http.build();
	}

	private static AuthorizationManager<RequestAuthorizationContext> userTokens() {
		return AuthorizationManagers.allOf(AuthenticatedAuthorizationManager.authenticated(),
				AuthorizationManagers.not(AuthorityAuthorizationManager.hasAuthority(INTERNAL_AUTHORITY)));
	}

	@Bean
	WebMvcConfigurer falconCurrentUserWebMvcConfigurer() {
		return new WebMvcConfigurer() {

			@Override
			public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
				resolvers.add(new CurrentUserArgumentResolver());
			}

		};
	}

}

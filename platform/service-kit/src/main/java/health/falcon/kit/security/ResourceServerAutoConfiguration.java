package health.falcon.kit.security;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
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
import org.springframework.util.StringUtils;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Auto-configuration that makes a servlet service a stateless OAuth2 resource server. The
 * JWT decoder is Boot's own ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri}
 * and {@code audiences}; with an issuer URI it discovers the keys lazily on the first
 * token, so the service starts before the identity provider). The default
 * {@link SecurityFilterChain} permits health (and the {@code /livez} and {@code /readyz}
 * probes) everywhere, the whole management server, and {@code /error}; it requires a
 * bearer token everywhere else, answering 401/403 as problem+json (see
 * {@link ActuatorRequests}). {@code /internal/**} accepts only service tokens: the scope
 * {@value #INTERNAL_SCOPE} and a subject listed in {@code falcon.internal.clients} (none
 * by default). Every other path refuses service tokens, so a service token never acts as
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
@EnableConfigurationProperties(InternalClientsProperties.class)
public class ResourceServerAutoConfiguration {

	/** The scope of service-to-service tokens. */
	public static final String INTERNAL_SCOPE = "falcon.internal";

	private static final String INTERNAL_AUTHORITY = "SCOPE_" + INTERNAL_SCOPE;

	private static final String INTERNAL_PATHS = "/internal/**";

	private static final String ERROR_PATH = "/error";

	@Bean
	@ConditionalOnMissingBean(SecurityFilterChain.class)
	SecurityFilterChain falconResourceServerFilterChain(HttpSecurity http,
			@Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver, Environment environment,
			InternalClientsProperties internal) throws Exception {
		ProblemAuthenticationEntryPoint entryPoint = new ProblemAuthenticationEntryPoint(resolver);
		ProblemAccessDeniedHandler accessDeniedHandler = new ProblemAccessDeniedHandler(resolver);
		// bearer tokens only, no cookies and no session: CSRF protection does not apply
		http.csrf(AbstractHttpConfigurer::disable)
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests((requests) -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
				.permitAll()
				.requestMatchers(ActuatorRequests.publicRequests(environment))
				.permitAll()
				.requestMatchers(ERROR_PATH)
				.permitAll()
				.requestMatchers(INTERNAL_PATHS)
				.access(internalClients(internal.clients()))
				.anyRequest()
				.access(userTokens(internal.clients())))
			.oauth2ResourceServer((server) -> server.jwt(Customizer.withDefaults())
				.authenticationEntryPoint(entryPoint)
				.accessDeniedHandler(accessDeniedHandler))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(entryPoint)
				.accessDeniedHandler(accessDeniedHandler));
		return http.build();
	}

	private static AuthorizationManager<RequestAuthorizationContext> internalClients(List<String> clients) {
		return AuthorizationManagers.allOf(AuthorityAuthorizationManager.hasAuthority(INTERNAL_AUTHORITY),
				subjectIn(clients));
	}

	private static AuthorizationManager<RequestAuthorizationContext> userTokens(List<String> clients) {
		// a listed client's token without the scope is still no user
		return AuthorizationManagers.allOf(AuthenticatedAuthorizationManager.authenticated(),
				AuthorizationManagers.not(AuthorityAuthorizationManager.hasAuthority(INTERNAL_AUTHORITY)),
				AuthorizationManagers.not(subjectIn(clients)));
	}

	private static AuthorizationManager<RequestAuthorizationContext> subjectIn(List<String> subjects) {
		Set<String> allowed = subjects.stream().filter(StringUtils::hasText).collect(Collectors.toUnmodifiableSet());
		return (authentication,
				context) -> new AuthorizationDecision(authentication.get() instanceof JwtAuthenticationToken token
						&& allowed.contains(token.getToken().getSubject()));
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

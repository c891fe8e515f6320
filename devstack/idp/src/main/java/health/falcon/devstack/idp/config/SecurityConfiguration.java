package health.falcon.devstack.idp.config;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import static org.springframework.security.config.Customizer.withDefaults;

/**
 * Two filter chains: the authorization server endpoints (OIDC discovery, authorize,
 * token, JWKS, userinfo, RP-initiated logout), then the application (login form and
 * public actuator health/info).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String LOGIN_PAGE = "/login";

	@Bean
	@Order(1)
	SecurityFilterChain authorizationServerSecurityFilterChain(HttpSecurity http) {
		http.oauth2AuthorizationServer((authorizationServer) -> {
			http.securityMatcher(authorizationServer.getEndpointsMatcher());
			authorizationServer.oidc(withDefaults());
		});
		http.authorizeHttpRequests((authorize) -> authorize.anyRequest().authenticated());
		// userinfo is called with the access token
		http.oauth2ResourceServer((resourceServer) -> resourceServer.jwt(withDefaults()));
		http.exceptionHandling((exceptions) -> exceptions
			.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE), browserRequests()));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain applicationSecurityFilterChain(HttpSecurity http) {
		http.authorizeHttpRequests((authorize) -> authorize
			.requestMatchers(LOGIN_PAGE, "/error", "/favicon.ico", "/actuator/health", "/actuator/health/**",
					"/actuator/info")
			.permitAll()
			.anyRequest()
			.authenticated());
		http.formLogin((form) -> form.loginPage(LOGIN_PAGE).permitAll());
		return http.build();
	}

	private static RequestMatcher browserRequests() {
		MediaTypeRequestMatcher html = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
		html.setIgnoredMediaTypes(Set.of(MediaType.ALL));
		// only a browser redirect ever reaches the authorization endpoint, so it sends
		// an unauthenticated user to the login form whatever the Accept header says
		RequestMatcher authorize = PathPatternRequestMatcher.pathPattern(HttpMethod.GET, "/oauth2/authorize");
		return new OrRequestMatcher(html, authorize);
	}

}

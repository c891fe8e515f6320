package health.falcon.gateway.config;

import java.net.URI;
import java.time.Clock;

import health.falcon.gateway.GatewayProperties;
import health.falcon.gateway.ServiceProperties;
import health.falcon.gateway.login.AuthorizationRequestCookieRepository;
import health.falcon.gateway.login.LoginCookies;
import health.falcon.gateway.login.ReturnPathRequestCache;

import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint.DelegateEntry;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import health.falcon.gateway.login.LoginFailureHandler;
import org.springframework.security.web.server.authentication.logout.DelegatingServerLogoutHandler;
import org.springframework.security.web.server.authentication.logout.SecurityContextServerLogoutHandler;
import org.springframework.security.web.server.authentication.logout.WebSessionServerLogoutHandler;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.CsrfServerLogoutHandler;
import org.springframework.security.web.server.csrf.CsrfWebFilter;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.util.matcher.AndServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.NegatedServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

import health.falcon.gateway.problem.ProblemAccessDeniedHandler;
import health.falcon.gateway.problem.ProblemAuthenticationEntryPoint;
import health.falcon.gateway.problem.ProblemResponseWriter;

/**
 * The gateway's one security chain: OIDC login with PKCE, 401 problem+json for API calls
 * and a redirect to {@code /login} for page navigations, CSRF tokens in a cookie the SPA
 * can read, RP-initiated logout, and the security headers.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfiguration {

	/**
	 * The settings without which the gateway must not start. Taking them in this
	 * constructor binds and validates them before the security chain, the client
	 * registrations and the routes are built, so that a gateway with a missing setting
	 * refuses to start with the name of the property instead of failing later with a less
	 * helpful message ({@code RequiredConfigurationIntegrationTests} checks each).
	 * @param properties the gateway's settings (the login cookie key is required)
	 * @param services the services' base URLs (all required)
	 * @param oauth2 the sign-in provider (its issuer is required)
	 */
	SecurityConfiguration(GatewayProperties properties, ServiceProperties services, OAuth2ClientProperties oauth2) {
		RequiredProvider.check(oauth2, properties.registrationId());
	}

	/**
	 * Paths anyone may request: the landing page, its assets, sign-in, probes and
	 * webhooks. On the public port only the two probes exist under {@code /actuator}
	 * (anything else there is a 404); the other endpoints answer on the unpublished
	 * management port only.
	 */
	static final String[] PUBLIC_PATHS = { "/", "/index.html", "/assets/**", "/favicon.svg", "/favicon.ico",
			"/robots.txt", "/login", "/actuator/**", "/webhooks/**" };

	@Bean
	SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, ReactiveClientRegistrationRepository clients,
			ServerOAuth2AuthorizedClientRepository authorizedClients, GatewayProperties properties,
			ProblemResponseWriter problems, LoginCookies loginCookies, ReturnPathRequestCache requestCache,
			AuthorizationRequestCookieRepository authorizationRequests) {
		CookieServerCsrfTokenRepository csrfTokens = CookieServerCsrfTokenRepository.withHttpOnlyFalse();
		csrfTokens.setCookiePath("/");
		csrfTokens.setCookieCustomizer((cookie) -> cookie.secure(loginCookies.secure()).sameSite("Lax"));
		http.authorizeExchange((exchanges) -> exchanges.pathMatchers(PUBLIC_PATHS)
			.permitAll()
			.pathMatchers("/api/**")
			.authenticated()
			.anyExchange()
			.authenticated());
		http.oauth2Login((login) -> login.loginPage("/login")
			.authorizationRequestResolver(new AuthorizationRequestResolverFactory(properties).create(clients))
			.authorizationRequestRepository(authorizationRequests)
			.authorizedClientRepository(authorizedClients)
			.authenticationFailureHandler(new LoginFailureHandler()));
		http.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(entryPoint(problems, requestCache))
			.accessDeniedHandler(new ProblemAccessDeniedHandler(problems)));
		http.requestCache((cache) -> cache.requestCache(requestCache));
		http.csrf((csrf) -> csrf.csrfTokenRepository(csrfTokens)
			.accessDeniedHandler(new ProblemAccessDeniedHandler(problems))
			.csrfTokenRequestHandler(new ServerCsrfTokenRequestAttributeHandler())
			.requireCsrfProtectionMatcher(csrfProtected()));
		http.addFilterAfter(new CsrfCookieWebFilter(), SecurityWebFiltersOrder.CSRF);
		http.logout(
				(logout) -> logout.requiresLogout(ServerWebExchangeMatchers.pathMatchers(HttpMethod.POST, "/logout"))
					.logoutHandler(new DelegatingServerLogoutHandler(new SecurityContextServerLogoutHandler(),
							new WebSessionServerLogoutHandler(), new CsrfServerLogoutHandler(csrfTokens)))
					.logoutSuccessHandler(logoutSuccessHandler(clients, properties)));
		new SecurityHeaders(ContentSecurityPolicy.forProviders(clients, properties.formActionOrigins())).apply(http);
		return http.build();
	}

	/**
	 * The attributes of the sign-in cookies: {@code Secure} exactly when the session
	 * cookie is (so the devstack's plain-HTTP setting applies to all of them), and the
	 * lifetime of a started sign-in.
	 */
	@Bean
	LoginCookies loginCookies(GatewayProperties properties, ServerProperties server) {
		Boolean secure = server.getReactive().getSession().getCookie().getSecure();
		return new LoginCookies(!Boolean.FALSE.equals(secure), properties.login().ttl());
	}

	/**
	 * Remembers the page to return to after sign-in in a cookie, never in the session.
	 */
	@Bean
	ReturnPathRequestCache returnPathRequestCache(LoginCookies cookies) {
		return new ReturnPathRequestCache(cookies);
	}

	/**
	 * Keeps the authorization request of a sign-in in progress in an encrypted cookie,
	 * never in the session.
	 */
	@Bean
	AuthorizationRequestCookieRepository authorizationRequestCookieRepository(GatewayProperties properties,
			LoginCookies cookies) {
		return new AuthorizationRequestCookieRepository(properties.login().key(), cookies, Clock.systemUTC());
	}

	/**
	 * Keeps OAuth2 authorized clients (the user's tokens) in the web session, so that
	 * they move to Redis with it and survive a gateway restart or a blue/green switch.
	 */
	@Bean
	ServerOAuth2AuthorizedClientRepository authorizedClientRepository() {
		return new WebSessionServerOAuth2AuthorizedClientRepository();
	}

	private static ServerAuthenticationEntryPoint entryPoint(ProblemResponseWriter problems,
			ReturnPathRequestCache requestCache) {
		// The connect flow's authorize and callback steps are page navigations, not API
		// calls.
		ServerWebExchangeMatcher apiCalls = new AndServerWebExchangeMatcher(
				ServerWebExchangeMatchers.pathMatchers("/api/**"),
				new NegatedServerWebExchangeMatcher(ServerWebExchangeMatchers
					.pathMatchers("/api/connections/*/authorize", "/api/connections/*/callback")));
		DelegatingServerAuthenticationEntryPoint entryPoints = new DelegatingServerAuthenticationEntryPoint(
				new DelegateEntry(apiCalls, new ProblemAuthenticationEntryPoint(problems)));
		RedirectServerAuthenticationEntryPoint login = new RedirectServerAuthenticationEntryPoint("/login");
		login.setRequestCache(requestCache);
		entryPoints.setDefaultEntryPoint(login);
		return entryPoints;
	}

	private static ServerWebExchangeMatcher csrfProtected() {
		// Provider webhooks cannot carry our token; each owning service verifies their
		// signature.
		return new AndServerWebExchangeMatcher(CsrfWebFilter.DEFAULT_CSRF_MATCHER,
				new NegatedServerWebExchangeMatcher(ServerWebExchangeMatchers.pathMatchers("/webhooks/**")));
	}

	private static OidcClientInitiatedServerLogoutSuccessHandler logoutSuccessHandler(
			ReactiveClientRegistrationRepository clients, GatewayProperties properties) {
		OidcClientInitiatedServerLogoutSuccessHandler handler = new OidcClientInitiatedServerLogoutSuccessHandler(
				clients);
		handler.setPostLogoutRedirectUri(properties.postLogoutRedirectUri());
		// Providers without an end_session_endpoint: sign out locally and return to the
		// landing page.
		handler.setLogoutSuccessUrl(URI.create("/"));
		return handler;
	}

}

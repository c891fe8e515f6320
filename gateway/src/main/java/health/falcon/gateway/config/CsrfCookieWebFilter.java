package health.falcon.gateway.config;

import reactor.core.publisher.Mono;

import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Subscribes to the deferred CSRF token so that the {@code XSRF-TOKEN} cookie is written
 * on the first response, before the SPA makes its first state-changing call.
 */
class CsrfCookieWebFilter implements WebFilter {

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
		if (token == null) {
			return chain.filter(exchange);
		}
		return token.then(chain.filter(exchange));
	}

}

package health.falcon.kit.release;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Reactive counterpart of {@link ReleaseHeaderFilter} for WebFlux services such as the
 * gateway.
 */
class ReleaseHeaderWebFilter implements WebFilter, Ordered {

	private final Release release;

	ReleaseHeaderWebFilter(Release release) {
		this.release = release;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		exchange.getResponse().getHeaders().set(Release.HEADER, this.release.headerValue());
		return chain.filter(exchange);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}

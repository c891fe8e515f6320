package health.falcon.gateway.route;

import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.server.WebSession;

/**
 * {@code SaveStartedSession}: saves the web session before the request is forwarded (a
 * token refreshed by {@code TokenRelay} reaches the store before the service answers),
 * but only a session that holds something. Spring Cloud Gateway's own {@code SaveSession}
 * saves every session, and Spring Session on Redis then writes one empty session per
 * anonymous request, so a flood of anonymous webhook calls would fill Redis.
 */
@Component
class SaveStartedSessionGatewayFilterFactory extends AbstractGatewayFilterFactory<Object> {

	@Override
	public GatewayFilter apply(Object config) {
		return (exchange, chain) -> exchange.getSession()
			.flatMap(SaveStartedSessionGatewayFilterFactory::saveIfStarted)
			.then(chain.filter(exchange));
	}

	private static Mono<Void> saveIfStarted(WebSession session) {
		return session.isStarted() ? session.save() : Mono.empty();
	}

}

package health.falcon.gateway.problem;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Answers a request that Spring Security's firewall refuses (a path with {@code ..},
 * {@code %2e}, {@code %2f}, {@code ;}, a backslash, {@code //}, an encoded percent or a
 * control character, or a disallowed method) with 400 problem+json, before any route,
 * login step or redirect sees it.
 */
@Component
public class ProblemExchangeRejectedHandler implements ServerExchangeRejectedHandler {

	private final ProblemResponseWriter writer;

	public ProblemExchangeRejectedHandler(ProblemResponseWriter writer) {
		this.writer = writer;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException rejected) {
		return this.writer.write(exchange, HttpStatus.BAD_REQUEST, "bad-request", "Bad request",
				"The request's URL is not allowed.");
	}

}

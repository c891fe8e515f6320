package health.falcon.gateway.problem;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.web.server.ServerWebExchange;

/**
 * Answers an API call without a session with 401 problem+json instead of a redirect to
 * the login page, so that the single-page application can react to it.
 */
public class ProblemAuthenticationEntryPoint implements ServerAuthenticationEntryPoint {

	private final ProblemResponseWriter writer;

	public ProblemAuthenticationEntryPoint(ProblemResponseWriter writer) {
		this.writer = writer;
	}

	@Override
	public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException ex) {
		return this.writer.write(exchange, HttpStatus.UNAUTHORIZED, "unauthenticated", "Unauthenticated",
				"Sign in to use this API.");
	}

}

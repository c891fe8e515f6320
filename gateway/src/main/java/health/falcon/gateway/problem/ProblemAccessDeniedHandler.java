package health.falcon.gateway.problem;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.csrf.CsrfException;
import org.springframework.web.server.ServerWebExchange;

/**
 * Answers refused requests, most often a state change without a valid CSRF token, with
 * 403 problem+json.
 */
public class ProblemAccessDeniedHandler implements ServerAccessDeniedHandler {

	private final ProblemResponseWriter writer;

	public ProblemAccessDeniedHandler(ProblemResponseWriter writer) {
		this.writer = writer;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
		if (denied instanceof CsrfException) {
			return this.writer.write(exchange, HttpStatus.FORBIDDEN, "csrf", "Invalid CSRF token",
					"Send the XSRF-TOKEN cookie's value in the X-XSRF-TOKEN header.");
		}
		return this.writer.write(exchange, HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
				"You are not allowed to do this.");
	}

}

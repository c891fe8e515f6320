package health.falcon.gateway.problem;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.boot.webflux.autoconfigure.error.ErrorWebFluxAutoConfiguration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;

/**
 * Turns every error the gateway raises itself (unknown path, unreachable or slow service,
 * unexpected failure) into problem+json, ahead of Boot's default error handler. Errors
 * that a service answers with are passed through unchanged and never reach this handler.
 *
 * @see ErrorWebFluxAutoConfiguration
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class ProblemErrorWebExceptionHandler implements WebExceptionHandler {

	private static final Logger logger = LoggerFactory.getLogger(ProblemErrorWebExceptionHandler.class);

	private final ProblemResponseWriter writer;

	public ProblemErrorWebExceptionHandler(ProblemResponseWriter writer) {
		this.writer = writer;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
		if (exchange.getResponse().isCommitted()) {
			return Mono.error(ex);
		}
		if (ex instanceof ResponseStatusException statusException) {
			return handleStatus(exchange, statusException.getStatusCode());
		}
		if (hasCause(ex, ConnectException.class)) {
			logger.warn("Service unreachable for {}: {}", exchange.getRequest().getPath(), ex.getMessage());
			return this.writer.write(exchange, HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable",
					"Service unavailable", "A service behind the gateway is not reachable. Try again shortly.");
		}
		if (hasCause(ex, TimeoutException.class)) {
			return this.writer.write(exchange, HttpStatus.GATEWAY_TIMEOUT, "gateway-timeout", "Gateway timeout",
					"A service behind the gateway did not answer in time.");
		}
		logger.error("Unexpected gateway error for {}", exchange.getRequest().getPath(), ex);
		return this.writer.write(exchange, HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal error",
				"Something went wrong on our side.");
	}

	private Mono<Void> handleStatus(ServerWebExchange exchange, HttpStatusCode code) {
		HttpStatus status = HttpStatus.resolve(code.value());
		if (status == null) {
			status = HttpStatus.INTERNAL_SERVER_ERROR;
		}
		return switch (status) {
			case NOT_FOUND ->
				this.writer.write(exchange, status, "not-found", "Not found", "There is nothing at this path.");
			case METHOD_NOT_ALLOWED -> this.writer.write(exchange, status, "method-not-allowed", "Method not allowed",
					"This path does not support the request method.");
			case SERVICE_UNAVAILABLE -> this.writer.write(exchange, status, "service-unavailable",
					"Service unavailable", "A service behind the gateway is not available. Try again shortly.");
			case GATEWAY_TIMEOUT -> this.writer.write(exchange, status, "gateway-timeout", "Gateway timeout",
					"A service behind the gateway did not answer in time.");
			default -> this.writer.write(exchange, status, "http-" + status.value(), status.getReasonPhrase(),
					status.getReasonPhrase());
		};
	}

	private static boolean hasCause(Throwable ex, Class<? extends Throwable> type) {
		for (Throwable current = ex; current != null; current = current.getCause()) {
			if (type.isInstance(current)) {
				return true;
			}
		}
		return false;
	}

}

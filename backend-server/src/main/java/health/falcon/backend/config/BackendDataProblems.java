package health.falcon.backend.config;

import java.net.URI;

import health.falcon.kit.problem.ProblemTypes;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;

/**
 * Answers for failed calls to backend-data, ahead of the service kit's advice: a 4xx
 * problem (a validation problem on the browser's own parameters) reaches the browser as
 * backend-data sent it, with the same status, type, title, detail and extension members
 * (its {@code instance} becomes this request's path); backend-data failing or unreachable
 * is a 502 {@code bad-gateway} problem.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class BackendDataProblems {

	private static final Logger logger = LoggerFactory.getLogger(BackendDataProblems.class);

	static final URI BAD_GATEWAY = ProblemTypes.of("bad-gateway");

	@ExceptionHandler(HttpClientErrorException.class)
	ResponseEntity<ProblemDetail> relay(HttpClientErrorException ex) {
		ProblemDetail problem = problemIn(ex);
		if (problem == null) {
			problem = ProblemDetail.forStatus(ex.getStatusCode());
			problem.setType(ProblemTypes.forStatus(ex.getStatusCode()));
		}
		problem.setStatus(ex.getStatusCode().value());
		// the browser's request, not backend-data's, is the instance
		problem.setInstance(null);
		return ResponseEntity.status(ex.getStatusCode()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static @Nullable ProblemDetail problemIn(HttpClientErrorException ex) {
		try {
			return ex.getResponseBodyAs(ProblemDetail.class);
		}
		catch (RuntimeException unreadable) {
			// a body that is not problem+json: the status alone is passed on
			return null;
		}
	}

	@ExceptionHandler({ HttpServerErrorException.class, ResourceAccessException.class })
	ResponseEntity<ProblemDetail> unavailable(Exception ex) {
		logger.warn("backend-data failed: {}", ex.getMessage());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY,
				"The data service did not answer; try again shortly.");
		problem.setType(BAD_GATEWAY);
		problem.setTitle("Bad Gateway");
		return ResponseEntity.status(HttpStatus.BAD_GATEWAY)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

}

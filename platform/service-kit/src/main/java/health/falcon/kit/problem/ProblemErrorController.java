package health.falcon.kit.problem;

import java.net.URI;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Replaces Boot's {@code BasicErrorController}: errors forwarded to {@code /error} by the
 * servlet container (a filter's {@code sendError}, an exception outside Spring MVC) also
 * become problem+json, with the generic detail for server errors and no stack trace.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class ProblemErrorController implements ErrorController {

	private static final Logger logger = LoggerFactory.getLogger(ProblemErrorController.class);

	@RequestMapping
	ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
		HttpStatusCode status = status(request);
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setType(ProblemTypes.forStatus(status));
		if (ProblemTypes.PAYLOAD_TOO_LARGE.equals(problem.getType())) {
			problem.setTitle("Payload too large");
		}
		problem.setDetail(status.is5xxServerError() ? "An unexpected error occurred." : null);
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri instanceof String path) {
			problem.setInstance(URI.create(path));
		}
		if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable ex) {
			logger.error("Unexpected error forwarded to the error page for {}", uri, ex);
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static HttpStatusCode status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code instanceof Integer value && value >= 400 && value < 600) {
			return HttpStatusCode.valueOf(value);
		}
		return HttpStatus.INTERNAL_SERVER_ERROR;
	}

}

package health.falcon.devstack.sandbox.dropbox;

import java.net.URI;
import java.util.Map;

import health.falcon.devstack.sandbox.oauth.OAuthError;
import health.falcon.devstack.sandbox.oauth.OAuthErrorException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns failures of the Dropbox controllers into Dropbox's bodies (the sandbox's
 * deliberate exception to RFC 9457, since the connector parses these): JSON
 * {@code error_summary}/{@code error} for 401, 409 and 429 (with {@code Retry-After}),
 * plain text for 400, and (always 400) {@code error}/{@code error_description} for the
 * token endpoint; the sandbox's own control routes answer with problem details.
 */
@RestControllerAdvice(basePackageClasses = DropboxErrorHandler.class)
class DropboxErrorHandler {

	@ExceptionHandler
	ResponseEntity<Map<String, Object>> api(DropboxApiException ex) {
		return ResponseEntity.status(ex.status()).contentType(MediaType.APPLICATION_JSON).body(ex.body());
	}

	@ExceptionHandler
	ResponseEntity<Map<String, Object>> tooManyRequests(TooManyRequestsException ex) {
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, Integer.toString(ex.retryAfterSeconds()))
			.contentType(MediaType.APPLICATION_JSON)
			.body(ex.body());
	}

	@ExceptionHandler
	ResponseEntity<String> badInput(BadInputException ex) {
		return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN).body(ex.getMessage());
	}

	@ExceptionHandler
	ResponseEntity<OAuthError> token(OAuthErrorException ex) {
		return ex.response();
	}

	@ExceptionHandler
	ProblemDetail sandbox(SandboxRequestException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(ex.status(), ex.getMessage());
		problem.setType(URI.create("https://falcon.health/problems/dropbox-sandbox-request"));
		problem.setTitle("Sandbox request refused");
		return problem;
	}

	@ExceptionHandler
	ProblemDetail webhookVerification(WebhookVerificationException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setType(URI.create("https://falcon.health/problems/dropbox-webhook-not-verified"));
		problem.setTitle("Webhook URI not verified");
		return problem;
	}

	@ExceptionHandler
	ResponseEntity<String> missingParameter(MissingServletRequestParameterException ex) {
		return ResponseEntity.badRequest()
			.contentType(MediaType.TEXT_PLAIN)
			.body("Missing required parameter \"" + ex.getParameterName() + "\"");
	}

}

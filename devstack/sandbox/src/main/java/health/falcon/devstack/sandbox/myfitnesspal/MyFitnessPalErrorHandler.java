package health.falcon.devstack.sandbox.myfitnesspal;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns failures of the MyFitnessPal controllers into what the site does: a 302 to the
 * login page for a missing session, JSON errors on the API host, and problem details for
 * the sandbox's own routes and bad dates.
 */
@RestControllerAdvice(basePackageClasses = MyFitnessPalErrorHandler.class)
class MyFitnessPalErrorHandler {

	@ExceptionHandler
	ResponseEntity<String> signIn(SignInRequiredException ex) {
		return ResponseEntity.status(HttpStatus.FOUND)
			.header(HttpHeaders.LOCATION, WebPages.LOGIN_PATH)
			.contentType(MediaType.TEXT_HTML)
			.body("<html><body>You are being <a href=\"" + WebPages.LOGIN_PATH + "\">redirected</a>.</body></html>");
	}

	@ExceptionHandler
	ResponseEntity<Map<String, Object>> api(MfpApiException ex) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("error", ex.error());
		body.put("error_description", ex.getMessage());
		return ResponseEntity.status(ex.status()).contentType(MediaType.APPLICATION_JSON).body(body);
	}

	@ExceptionHandler
	ProblemDetail badRequest(IllegalArgumentException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setType(URI.create("https://falcon.health/problems/myfitnesspal-sandbox-request"));
		problem.setTitle("Bad request");
		return problem;
	}

}

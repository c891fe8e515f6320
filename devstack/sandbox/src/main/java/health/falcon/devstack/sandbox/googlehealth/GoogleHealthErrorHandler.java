package health.falcon.devstack.sandbox.googlehealth;

import java.util.Map;

import health.falcon.devstack.sandbox.oauth.OAuthError;
import health.falcon.devstack.sandbox.oauth.OAuthErrorException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns failures of the Google Health controllers into Google's bodies: the API's
 * {@code {"error":{...}}} shape and the OAuth endpoints'
 * {@code error}/{@code error_description} (the sandbox's deliberate exception to RFC
 * 9457, since connectors parse these).
 */
@RestControllerAdvice(basePackageClasses = GoogleHealthErrorHandler.class)
class GoogleHealthErrorHandler {

	@ExceptionHandler
	ResponseEntity<Map<String, Object>> api(GoogleApiException ex) {
		return ResponseEntity.status(ex.httpStatus()).contentType(MediaType.APPLICATION_JSON).body(ex.body());
	}

	@ExceptionHandler
	ResponseEntity<OAuthError> oauth(OAuthErrorException ex) {
		return ex.response();
	}

	@ExceptionHandler
	ResponseEntity<Map<String, Object>> missingParameter(MissingServletRequestParameterException ex) {
		return api(GoogleApiException.invalidArgument("Missing required parameter: " + ex.getParameterName()));
	}

	@ExceptionHandler
	ResponseEntity<Map<String, Object>> typeMismatch(MethodArgumentTypeMismatchException ex) {
		return api(GoogleApiException.invalidArgument("Invalid value at '" + ex.getName() + "'"));
	}

	@ExceptionHandler
	ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException ex) {
		return ResponseEntity.status(HttpStatus.BAD_REQUEST)
			.contentType(MediaType.APPLICATION_JSON)
			.body(GoogleApiException.invalidArgument("Invalid JSON payload received.").body());
	}

}

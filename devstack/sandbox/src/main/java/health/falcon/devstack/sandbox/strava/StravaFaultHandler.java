package health.falcon.devstack.sandbox.strava;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns failures of the Strava controllers into Strava's {@link Fault} bodies, the shape
 * the connectors parse (the sandbox's one deliberate exception to RFC 9457).
 */
@RestControllerAdvice(basePackageClasses = StravaFaultHandler.class)
class StravaFaultHandler {

	@ExceptionHandler
	ResponseEntity<Fault> fault(StravaFaultException ex) {
		return ResponseEntity.status(ex.status()).contentType(MediaType.APPLICATION_JSON).body(ex.fault());
	}

	@ExceptionHandler
	ResponseEntity<Fault> missingParameter(MissingServletRequestParameterException ex) {
		return badRequest(ex.getParameterName(), "missing");
	}

	@ExceptionHandler
	ResponseEntity<Fault> typeMismatch(MethodArgumentTypeMismatchException ex) {
		return badRequest(ex.getName(), "invalid");
	}

	private static ResponseEntity<Fault> badRequest(String field, String code) {
		return ResponseEntity.status(HttpStatus.BAD_REQUEST)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Fault.badRequest("RequestParameter", field, code));
	}

}

package health.falcon.kit.problem;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import health.falcon.kit.web.BodyTooLargeException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one controller advice of every servlet service: maps Spring MVC's exceptions,
 * validation failures, {@link ProblemException}s, bodies and uploads over their limit
 * (413, wherever the {@link BodyTooLargeException} is in the cause chain) and anything
 * unexpected to problem+json with a stable type.
 */
@RestControllerAdvice
class ProblemControllerAdvice extends ResponseEntityExceptionHandler {

	private static final Logger logger = LoggerFactory.getLogger(ProblemControllerAdvice.class);

	private static final String SECURITY_PACKAGE = "org.springframework.security.";

	@ExceptionHandler(ProblemException.class)
	ResponseEntity<Object> handleProblem(ProblemException ex, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(ex.getStatus(), ex.getMessage());
		problem.setType(ex.getType());
		problem.setTitle(ex.getTitle());
		ex.getProperties().forEach(problem::setProperty);
		ResponseEntity<Object> response = handleExceptionInternal(ex, problem, ex.getHeaders(), ex.getStatus(),
				request);
		return (response != null) ? response : ResponseEntity.status(ex.getStatus()).body(problem);
	}

	@ExceptionHandler(BodyTooLargeException.class)
	ResponseEntity<Object> handleBodyTooLarge(BodyTooLargeException ex, WebRequest request) {
		return respond(ex, payloadTooLarge(ex.getMessage()), HttpStatus.CONTENT_TOO_LARGE, request);
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<Object> handleConstraintViolation(ConstraintViolationException ex, WebRequest request) {
		return respond(ex, validationProblem(FieldViolations.from(ex)), HttpStatus.BAD_REQUEST, request);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> handleUnexpected(Exception ex, WebRequest request) throws Exception {
		if (ex.getClass().getName().startsWith(SECURITY_PACKAGE)) {
			// Spring Security's ExceptionTranslationFilter answers these with 401 or
			// 403 through the kit's handlers.
			throw ex;
		}
		Optional<BodyTooLargeException> tooLarge = BodyTooLargeException.findIn(ex);
		if (tooLarge.isPresent()) {
			return handleBodyTooLarge(tooLarge.get(), request);
		}
		logger.error("Unexpected error handling {}", describe(request), ex);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"An unexpected error occurred.");
		return respond(ex, problem, HttpStatus.INTERNAL_SERVER_ERROR, request);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		// a converter (Jackson, String, byte[]) wraps the limited stream's failure
		Optional<BodyTooLargeException> tooLarge = BodyTooLargeException.findIn(ex);
		if (tooLarge.isPresent()) {
			return handleBodyTooLarge(tooLarge.get(), request);
		}
		return super.handleHttpMessageNotReadable(ex, headers, status, request);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String detail = (ex.getMaxUploadSize() >= 0)
				? "The upload is larger than the limit of " + ex.getMaxUploadSize() + " bytes."
				: "The upload is larger than the service accepts.";
		return handleExceptionInternal(ex, payloadTooLarge(detail), headers, HttpStatus.CONTENT_TOO_LARGE, request);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = validationProblem(FieldViolations.from(ex.getBindingResult()));
		return handleExceptionInternal(ex, problem, headers, status, request);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
			HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = validationProblem(FieldViolations.from(ex));
		return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body,
			HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
		Object problem = body;
		if (problem == null && ex instanceof ErrorResponse errorResponse) {
			problem = errorResponse.updateAndGetBody(getMessageSource(), LocaleContextHolder.getLocale());
		}
		if (problem instanceof ProblemDetail detail) {
			complete(detail, ex, statusCode, request);
		}
		return super.handleExceptionInternal(ex, problem, headers, statusCode, request);
	}

	private ResponseEntity<Object> respond(Exception ex, ProblemDetail problem, HttpStatusCode status,
			WebRequest request) {
		ResponseEntity<Object> response = handleExceptionInternal(ex, problem, new HttpHeaders(), status, request);
		return (response != null) ? response : ResponseEntity.status(status).body(problem);
	}

	private static ProblemDetail payloadTooLarge(String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, detail);
		problem.setType(ProblemTypes.PAYLOAD_TOO_LARGE);
		problem.setTitle("Payload too large");
		return problem;
	}

	private ProblemDetail validationProblem(List<FieldViolation> violations) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The request is invalid; see 'errors' for each rejected field.");
		problem.setType(ProblemTypes.VALIDATION);
		problem.setTitle("Validation failed");
		problem.setProperty("errors", violations);
		return problem;
	}

	private void complete(ProblemDetail problem, Exception ex, HttpStatusCode status, WebRequest request) {
		if (problem.getType() == null || URI.create("about:blank").equals(problem.getType())) {
			problem.setType(ProblemTypes.forStatus(status));
		}
		if (status.is5xxServerError() && !(ex instanceof ProblemException)) {
			problem.setDetail("An unexpected error occurred.");
		}
		HttpServletRequest servletRequest = servletRequest(request);
		if (problem.getInstance() == null && servletRequest != null) {
			problem.setInstance(URI.create(servletRequest.getRequestURI()));
		}
	}

	private static @Nullable HttpServletRequest servletRequest(WebRequest request) {
		return (request instanceof NativeWebRequest nativeRequest)
				? nativeRequest.getNativeRequest(HttpServletRequest.class) : null;
	}

	private static String describe(WebRequest request) {
		HttpServletRequest servletRequest = servletRequest(request);
		return (servletRequest != null) ? servletRequest.getMethod() + " " + servletRequest.getRequestURI()
				: request.getDescription(false);
	}

}

package health.falcon.kit.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

/**
 * Collects {@link FieldViolation}s from the three ways validation fails in a Spring MVC
 * service.
 */
final class FieldViolations {

	private static final Comparator<FieldViolation> ORDER = Comparator.comparing(FieldViolation::field)
		.thenComparing(FieldViolation::message);

	private FieldViolations() {
	}

	static List<FieldViolation> from(Errors result) {
		List<FieldViolation> violations = new ArrayList<>();
		result.getFieldErrors().forEach((error) -> violations.add(of(error.getField(), error)));
		result.getGlobalErrors().forEach((error) -> violations.add(of(error.getObjectName(), error)));
		return sorted(violations);
	}

	static List<FieldViolation> from(HandlerMethodValidationException ex) {
		List<FieldViolation> violations = new ArrayList<>();
		for (ParameterValidationResult result : ex.getParameterValidationResults()) {
			if (result instanceof ParameterErrors errors) {
				violations.addAll(from(errors));
			}
			else {
				String name = parameterName(result);
				result.getResolvableErrors().forEach((error) -> violations.add(of(name, error)));
			}
		}
		return sorted(violations);
	}

	static List<FieldViolation> from(ConstraintViolationException ex) {
		List<FieldViolation> violations = new ArrayList<>();
		for (ConstraintViolation<?> violation : ex.getConstraintViolations()) {
			violations.add(new FieldViolation(leafName(violation.getPropertyPath()), violation.getMessage()));
		}
		return sorted(violations);
	}

	private static String parameterName(ParameterValidationResult result) {
		String name = result.getMethodParameter().getParameterName();
		return (name != null) ? name : "arg" + result.getMethodParameter().getParameterIndex();
	}

	private static String leafName(Path path) {
		String name = "";
		for (Path.Node node : path) {
			name = (node.getName() != null) ? node.getName() : name;
		}
		return name;
	}

	private static FieldViolation of(String field, MessageSourceResolvable error) {
		String message = error.getDefaultMessage();
		if (error instanceof FieldError fieldError && fieldError.isBindingFailure()) {
			message = "has an invalid value";
		}
		return new FieldViolation(field, (message != null) ? message : "is invalid");
	}

	private static List<FieldViolation> sorted(List<FieldViolation> violations) {
		violations.sort(ORDER);
		return List.copyOf(violations);
	}

}

package health.falcon.data.series;

import java.util.List;
import java.util.Map;

import health.falcon.kit.problem.ProblemException;

import org.springframework.http.HttpStatus;

/**
 * A series query whose parameters are invalid: a 400 {@code validation} problem whose
 * {@code errors} name each rejected parameter, like the kit's own validation problems.
 */
public class InvalidSeriesQueryException extends ProblemException {

	private final List<Map<String, String>> errors;

	public InvalidSeriesQueryException(List<Map<String, String>> errors) {
		super(HttpStatus.BAD_REQUEST, "validation", "Validation failed",
				"The request is invalid; see 'errors' for each rejected field.");
		this.errors = List.copyOf(errors);
	}

	public static InvalidSeriesQueryException of(String field, String message) {
		return new InvalidSeriesQueryException(List.of(error(field, message)));
	}

	public static Map<String, String> error(String field, String message) {
		return Map.of("field", field, "message", message);
	}

	@Override
	public Map<String, Object> getProperties() {
		return Map.of("errors", this.errors);
	}

}

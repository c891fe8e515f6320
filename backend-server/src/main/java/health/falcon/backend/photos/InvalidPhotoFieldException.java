package health.falcon.backend.photos;

import java.util.List;
import java.util.Map;

import health.falcon.kit.problem.ProblemException;

import org.springframework.http.HttpStatus;

/**
 * A caption, date, limit or cursor that is not acceptable: 400 {@code validation} with
 * the field named in {@code errors}, like every validation problem.
 */
class InvalidPhotoFieldException extends ProblemException {

	private final String field;

	private final String reason;

	InvalidPhotoFieldException(String field, String reason) {
		super(HttpStatus.BAD_REQUEST, "validation", "Validation failed",
				"The request is invalid; see 'errors' for each rejected field.");
		this.field = field;
		this.reason = reason;
	}

	@Override
	public Map<String, Object> getProperties() {
		return Map.of("errors", List.of(Map.of("field", this.field, "message", this.reason)));
	}

}

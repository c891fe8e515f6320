package health.falcon.data.paging;

import java.util.List;
import java.util.Map;

import health.falcon.kit.problem.ProblemException;

import org.springframework.http.HttpStatus;

/**
 * A parameter of a list or detail request that is not valid, found after binding (a
 * cursor this list did not hand out to this user, a date in the path that does not
 * parse): a 400 {@code validation} problem naming it, like the kit's own validation
 * problems.
 */
public class InvalidParameterException extends ProblemException {

	private final String field;

	private final String message;

	/**
	 * Create the problem.
	 * @param field the parameter, in request terms
	 * @param message why it was rejected
	 */
	public InvalidParameterException(String field, String message) {
		super(HttpStatus.BAD_REQUEST, "validation", "Validation failed",
				"The request is invalid; see 'errors' for each rejected field.");
		this.field = field;
		this.message = message;
	}

	/**
	 * The problem of a cursor that this list did not hand out to this user: tampered
	 * with, cut, or from another list or user.
	 * @return a new exception
	 */
	static InvalidParameterException cursor() {
		return new InvalidParameterException("cursor", "is not a cursor of this list; start without one");
	}

	@Override
	public Map<String, Object> getProperties() {
		return Map.of("errors", List.of(Map.of("field", this.field, "message", this.message)));
	}

}

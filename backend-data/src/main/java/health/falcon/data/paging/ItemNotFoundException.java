package health.falcon.data.paging;

import health.falcon.kit.problem.ProblemException;

import org.springframework.http.HttpStatus;

/**
 * An item of a list that the user does not have: a 404
 * {@code https://falcon.health/problems/not-found} problem, the same answer for an id
 * that does not exist and for another user's, so that ids reveal nothing.
 */
public class ItemNotFoundException extends ProblemException {

	/**
	 * Create the problem.
	 * @param what the kind of item, {@code sleep session}
	 */
	public ItemNotFoundException(String what) {
		super(HttpStatus.NOT_FOUND, "not-found", "Not Found", "There is no such " + what + ".");
	}

}

package health.falcon.dropbox.profiles;

import health.falcon.kit.problem.ProblemException;

import org.springframework.http.HttpStatus;

/**
 * The user keeps the most profiles allowed.
 */
class TooManyProfilesException extends ProblemException {

	TooManyProfilesException(int max) {
		super(HttpStatus.CONFLICT, "too-many-profiles", "Too many mapping profiles",
				"At most " + max + " mapping profiles can be kept; delete one first.");
	}

}

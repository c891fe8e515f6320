package health.falcon.diet.diary;

import health.falcon.kit.problem.ProblemException;

import org.springframework.http.HttpStatus;

/**
 * The pasted cookie is not a signed-in MyFitnessPal session (400,
 * {@code https://falcon.health/problems/invalid-session}); nothing was stored.
 */
class InvalidSessionException extends ProblemException {

	InvalidSessionException() {
		super(HttpStatus.BAD_REQUEST, "invalid-session", "Invalid MyFitnessPal session",
				"MyFitnessPal did not accept this session cookie; sign in to MyFitnessPal again and paste the new "
						+ "cookie.");
	}

}

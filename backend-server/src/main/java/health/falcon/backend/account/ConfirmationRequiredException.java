package health.falcon.backend.account;

import health.falcon.kit.problem.ProblemException;

import org.springframework.http.HttpStatus;

/**
 * {@code DELETE /api/me} without {@code confirm}, or with a value that is not the
 * caller's own user id: 400,
 * {@code https://falcon.health/problems/confirmation-required}. Nothing is deleted.
 */
class ConfirmationRequiredException extends ProblemException {

	ConfirmationRequiredException() {
		super(HttpStatus.BAD_REQUEST, "confirmation-required", "Confirmation required",
				"To delete your account and all its data, repeat your own user id as the confirm parameter.");
	}

}

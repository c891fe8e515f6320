package health.falcon.backend.photos;

import health.falcon.kit.problem.ProblemException;

import org.springframework.http.HttpStatus;

/**
 * No photo of the signed-in user has this id: the same answer for another user's photo,
 * so that ids reveal nothing.
 */
class PhotoNotFoundException extends ProblemException {

	PhotoNotFoundException() {
		super(HttpStatus.NOT_FOUND, "not-found", "Not found", "There is no such photo.");
	}

}

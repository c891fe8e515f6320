package health.falcon.kit.security;

import health.falcon.kit.problem.ProblemException;

import org.springframework.http.HttpStatus;

/**
 * The request carries no valid bearer token.
 */
class UnauthenticatedException extends ProblemException {

	UnauthenticatedException() {
		super(HttpStatus.UNAUTHORIZED, "unauthenticated", "Unauthenticated",
				"A valid bearer token is required to access this resource.");
	}

}

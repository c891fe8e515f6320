package health.falcon.kit.security;

import health.falcon.kit.problem.ProblemException;

import org.springframework.http.HttpStatus;

/**
 * The caller is authenticated but not allowed to perform the request.
 */
class ForbiddenException extends ProblemException {

	ForbiddenException() {
		super(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "You are not allowed to access this resource.");
	}

}

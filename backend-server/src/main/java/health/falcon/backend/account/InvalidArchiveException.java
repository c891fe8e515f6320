package health.falcon.backend.account;

import health.falcon.kit.problem.ProblemException;

import org.springframework.http.HttpStatus;

/**
 * The body of {@code POST /api/me/restore} is not a {@code falcon-export} archive that
 * backend-server reads (no ZIP, no manifest, another format or version, over a limit):
 * 400, {@code https://falcon.health/problems/invalid-archive}. Nothing is forwarded.
 */
class InvalidArchiveException extends ProblemException {

	InvalidArchiveException(String detail) {
		super(HttpStatus.BAD_REQUEST, "invalid-archive", "Invalid archive", detail);
	}

}

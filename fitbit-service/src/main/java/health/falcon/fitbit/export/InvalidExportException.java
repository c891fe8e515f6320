package health.falcon.fitbit.export;

import health.falcon.kit.problem.ProblemException;

import org.springframework.http.HttpStatus;

/**
 * The upload is not something an import can start from (empty, or not a ZIP archive).
 */
class InvalidExportException extends ProblemException {

	InvalidExportException(String detail) {
		super(HttpStatus.BAD_REQUEST, "invalid-export", "Invalid export", detail);
	}

}

package health.falcon.diet.export;

import health.falcon.kit.problem.ProblemException;

import org.springframework.http.HttpStatus;

/**
 * The upload is not something an import can start from (empty, or neither a ZIP archive
 * nor a CSV file).
 */
class InvalidExportException extends ProblemException {

	InvalidExportException(String detail) {
		super(HttpStatus.BAD_REQUEST, "invalid-export", "Invalid export", detail);
	}

}

package health.falcon.ingest.imports;

import health.falcon.kit.problem.ProblemException;

import org.springframework.http.HttpStatus;

/**
 * The upload is empty or cannot be one of the reader's files (400, problem type
 * {@code invalid-upload}); the detail says which.
 */
class InvalidUploadException extends ProblemException {

	InvalidUploadException(String detail) {
		super(HttpStatus.BAD_REQUEST, "invalid-upload", "Invalid upload", detail);
	}

}

package health.falcon.dropbox.imports;

import health.falcon.kit.problem.ProblemException;

import org.springframework.http.HttpStatus;

/**
 * The upload holds no bytes.
 */
class EmptyFileException extends ProblemException {

	EmptyFileException() {
		super(HttpStatus.BAD_REQUEST, "empty-file", "Empty file", "The uploaded file is empty.");
	}

}

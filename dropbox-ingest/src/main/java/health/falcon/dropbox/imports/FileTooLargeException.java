package health.falcon.dropbox.imports;

import health.falcon.kit.problem.ProblemException;

import org.springframework.http.HttpStatus;

/**
 * The upload is larger than {@code falcon.dropbox.imports.max-upload-size}.
 */
class FileTooLargeException extends ProblemException {

	FileTooLargeException(String limit) {
		super(HttpStatus.CONTENT_TOO_LARGE, "file-too-large", "File too large",
				"The file is larger than " + limit + ".");
	}

}

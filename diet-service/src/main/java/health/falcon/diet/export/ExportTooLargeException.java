package health.falcon.diet.export;

import health.falcon.kit.problem.ProblemException;

import org.springframework.http.HttpStatus;

/**
 * The uploaded export is larger than the configured limit.
 */
class ExportTooLargeException extends ProblemException {

	ExportTooLargeException(String limit) {
		super(HttpStatus.CONTENT_TOO_LARGE, "export-too-large", "Export too large",
				"The export is larger than " + limit + ".");
	}

}

package health.falcon.dropbox.imports;

import health.falcon.kit.problem.ProblemException;

import org.springframework.http.HttpStatus;

/**
 * Too many imports are waiting; the upload was not kept.
 */
class ImportQueueFullException extends ProblemException {

	ImportQueueFullException() {
		super(HttpStatus.SERVICE_UNAVAILABLE, "import-queue-full", "Import queue full",
				"Too many imports are waiting; try again later.");
	}

}

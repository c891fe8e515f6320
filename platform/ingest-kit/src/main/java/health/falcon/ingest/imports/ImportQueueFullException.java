package health.falcon.ingest.imports;

import health.falcon.kit.problem.ProblemException;

import org.springframework.http.HttpStatus;

/**
 * Every worker is busy and the queue is full (503, problem type
 * {@code import-queue-full}).
 */
class ImportQueueFullException extends ProblemException {

	ImportQueueFullException() {
		super(HttpStatus.SERVICE_UNAVAILABLE, "import-queue-full", "Import queue full",
				"Too many imports are waiting; try again in a few minutes.");
	}

}

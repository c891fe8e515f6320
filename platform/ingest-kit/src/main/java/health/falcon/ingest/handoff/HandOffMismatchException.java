package health.falcon.ingest.handoff;

import health.falcon.kit.problem.ProblemException;

import org.springframework.http.HttpStatus;

/**
 * A hand-off whose file is not the content its record was made for (the SHA-256 differs):
 * 403, {@code https://falcon.health/problems/hand-off-mismatch}.
 */
public class HandOffMismatchException extends ProblemException {

	HandOffMismatchException() {
		super(HttpStatus.FORBIDDEN, "hand-off-mismatch", "Hand-off mismatch",
				"The file is not the content its record was handed over for.");
	}

}

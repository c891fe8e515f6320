package health.falcon.ingest.handoff;

import health.falcon.kit.problem.ProblemException;

import org.springframework.http.HttpStatus;

/**
 * A hand-off that names no record justifying it: an unknown record, another user's, one
 * not written by dropbox-ingest, or one not classified as an export of the receiving
 * service's format. One answer for all of them, so that a caller learns nothing about
 * records it may not use: 404, {@code https://falcon.health/problems/hand-off-not-found}.
 */
public class HandOffNotFoundException extends ProblemException {

	/**
	 * Refuse a hand-off that no record justifies.
	 */
	public HandOffNotFoundException() {
		super(HttpStatus.NOT_FOUND, "hand-off-not-found", "Hand-off not found",
				"No file of this user was handed over to this service under this record.");
	}

}

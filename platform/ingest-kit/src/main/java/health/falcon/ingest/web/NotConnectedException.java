package health.falcon.ingest.web;

import health.falcon.kit.problem.ProblemException;

import org.springframework.http.HttpStatus;

/**
 * A sync was requested for a connection that cannot sync (none, disconnected, revoked or
 * needing a reconnect): 409, {@code https://falcon.health/problems/not-connected}.
 */
class NotConnectedException extends ProblemException {

	NotConnectedException(String provider, String status) {
		super(HttpStatus.CONFLICT, "not-connected", "Not connected",
				"Your " + provider + " connection cannot sync (status " + status + "); connect it first.");
	}

}

package health.falcon.fitness.reconcile;

import health.falcon.kit.problem.ProblemException;

import org.springframework.http.HttpStatus;

/**
 * A reconciliation was asked for without a usable Strava connection: 409, the kit's
 * {@code https://falcon.health/problems/not-connected}.
 */
class StravaNotConnectedException extends ProblemException {

	StravaNotConnectedException() {
		super(HttpStatus.CONFLICT, "not-connected", "Not connected",
				"Your strava connection cannot be reconciled; connect it first.");
	}

}

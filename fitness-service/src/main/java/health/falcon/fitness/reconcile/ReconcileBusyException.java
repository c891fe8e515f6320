package health.falcon.fitness.reconcile;

import health.falcon.kit.problem.ProblemException;

import org.springframework.http.HttpStatus;

/**
 * Another run kept the Strava connection longer than a reconciliation waits: 409,
 * {@code https://falcon.health/problems/sync-in-progress}.
 */
class ReconcileBusyException extends ProblemException {

	ReconcileBusyException() {
		super(HttpStatus.CONFLICT, "sync-in-progress", "Sync in progress",
				"Another sync of your strava connection is running; try again when it has finished.");
	}

}

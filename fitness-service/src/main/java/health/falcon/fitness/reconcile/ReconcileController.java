package health.falcon.fitness.reconcile;

import health.falcon.kit.security.CurrentUser;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/connections/strava/reconcile}: reconcile the signed-in user's Strava
 * activities now. 202 with the run and how many activities it soft-deleted; 409
 * {@code not-connected} without a usable connection, 409 {@code sync-in-progress} while
 * another run holds the connection.
 */
@RestController
class ReconcileController {

	private final ReconcileService service;

	ReconcileController(ReconcileService service) {
		this.service = service;
	}

	@PostMapping("/api/connections/strava/reconcile")
	@ResponseStatus(HttpStatus.ACCEPTED)
	ReconcileResult reconcile(CurrentUser user) {
		return this.service.reconcile(user.id());
	}

}

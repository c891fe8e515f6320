package health.falcon.data.dashboard;

import health.falcon.data.api.Dashboard;
import health.falcon.kit.security.CurrentUser;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /dashboard}: the dashboard of the user whose token backend-server relays.
 * The server side of {@link health.falcon.data.api.DashboardClient}.
 */
@RestController
class DashboardController {

	private final DashboardService service;

	DashboardController(DashboardService service) {
		this.service = service;
	}

	@GetMapping("/dashboard")
	Dashboard dashboard(CurrentUser user) {
		return this.service.dashboard(user.id());
	}

}

package health.falcon.backend.dashboard;

import health.falcon.data.api.Dashboard;
import health.falcon.data.api.DashboardClient;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/dashboard}: the signed-in user's health at a glance, as backend-data
 * answers it for the user's relayed token in one call; its problems reach the browser as
 * they are, and backend-data failing is a 502 {@code bad-gateway}.
 */
@RestController
class DashboardController {

	private final DashboardClient dashboard;

	DashboardController(DashboardClient dashboard) {
		this.dashboard = dashboard;
	}

	@GetMapping("/api/dashboard")
	Dashboard dashboard() {
		return this.dashboard.dashboard();
	}

}

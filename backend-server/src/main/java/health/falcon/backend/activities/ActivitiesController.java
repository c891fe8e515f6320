package health.falcon.backend.activities;

import health.falcon.kit.security.CurrentUser;
import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/activities?from=YYYY-MM-DD&to=YYYY-MM-DD&limit=N}: the signed-in user's
 * activities, newest first, with totals over the range.
 */
@RestController
class ActivitiesController {

	private final ActivityService activities;

	ActivitiesController(ActivityService activities) {
		this.activities = activities;
	}

	@GetMapping("/api/activities")
	ActivityPage activities(CurrentUser user, @Valid ActivityQuery query) {
		return this.activities.activitiesOf(user.id(), query.from(), query.to(), query.limitOrDefault());
	}

}

package health.falcon.data.activities;

import health.falcon.data.api.ActivityPage;
import health.falcon.kit.security.CurrentUser;
import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /activities?from=YYYY-MM-DD&to=YYYY-MM-DD&limit=N&sport=RUN&cursor=...}: a
 * page of the activities of the user whose token backend-server relays, newest first,
 * with totals over the range. The server side of
 * {@link health.falcon.data.api.ActivitiesClient}.
 */
@RestController
class ActivitiesController {

	private final ActivityService activities;

	ActivitiesController(ActivityService activities) {
		this.activities = activities;
	}

	@GetMapping("/activities")
	ActivityPage activities(CurrentUser user, @Valid ActivityQuery query) {
		return this.activities.activitiesOf(user.id(), query.from(), query.to(), query.limitOrDefault(), query.sport(),
				query.cursor());
	}

}

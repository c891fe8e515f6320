package health.falcon.backend.activities;

import health.falcon.data.api.ActivitiesClient;
import health.falcon.data.api.ActivityPage;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/activities?from=YYYY-MM-DD&to=YYYY-MM-DD&limit=N&sport=RUN&cursor=...}:
 * a page of the signed-in user's activities, newest first, with totals over the range, as
 * backend-data answers them for the user's relayed token. The parameters pass through
 * unchanged: backend-data validates them, and its 400 problem reaches the browser as it
 * is.
 */
@RestController
class ActivitiesController {

	private final ActivitiesClient activities;

	ActivitiesController(ActivitiesClient activities) {
		this.activities = activities;
	}

	@GetMapping("/api/activities")
	ActivityPage activities(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, @RequestParam(required = false) @Nullable String limit,
			@RequestParam(required = false) @Nullable String sport,
			@RequestParam(required = false) @Nullable String cursor) {
		return this.activities.activities(from, to, limit, sport, cursor);
	}

}

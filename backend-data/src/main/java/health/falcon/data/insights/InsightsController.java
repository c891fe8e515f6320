package health.falcon.data.insights;

import java.util.Map;

import health.falcon.data.api.Insight;
import health.falcon.data.api.Insights;
import health.falcon.kit.security.CurrentUser;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /insights}, {@code GET /insights/{kind}} and {@code DELETE /insights} (the
 * cached insights, when an account is deleted) for the user whose token backend-server
 * relays; the server side of {@link health.falcon.data.api.InsightsClient}.
 */
@RestController
class InsightsController {

	private final InsightsService service;

	InsightsController(InsightsService service) {
		this.service = service;
	}

	@GetMapping("/insights")
	Insights insights(CurrentUser user) {
		return this.service.insights(user.id());
	}

	@GetMapping("/insights/{kind}")
	Insight insight(CurrentUser user, @PathVariable String kind) {
		return this.service.insight(user.id(), kind);
	}

	@DeleteMapping("/insights")
	Map<String, Long> forget(CurrentUser user) {
		return Map.of(InsightCache.COLLECTION, this.service.forget(user.id()));
	}

}

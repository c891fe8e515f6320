package health.falcon.backend.insights;

import health.falcon.data.api.Insight;
import health.falcon.data.api.Insights;
import health.falcon.data.api.InsightsClient;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/insights} and {@code GET /api/insights/{kind}}: the signed-in user's
 * insights as backend-data computes (or caches) them; its problems reach the browser as
 * they are, and backend-data failing is a 502 {@code bad-gateway}.
 */
@RestController
class InsightsController {

	private final InsightsClient insights;

	InsightsController(InsightsClient insights) {
		this.insights = insights;
	}

	@GetMapping("/api/insights")
	Insights insights() {
		return this.insights.insights();
	}

	@GetMapping("/api/insights/{kind}")
	Insight insight(@PathVariable String kind) {
		return this.insights.insight(kind);
	}

}

package health.falcon.data.metrics;

import health.falcon.data.api.MetricCatalog;
import health.falcon.data.api.MetricSeries;
import health.falcon.data.series.SeriesQuery;
import health.falcon.kit.security.CurrentUser;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /metrics} and {@code GET /metrics/{metric}} for every metric but heart rate;
 * the server side of {@link health.falcon.data.api.MetricsClient}. {@code heart-rate}
 * keeps its own, more specific mapping.
 */
@RestController
class MetricsController {

	private final DailyMetricsService service;

	MetricsController(DailyMetricsService service) {
		this.service = service;
	}

	@GetMapping("/metrics")
	MetricCatalog catalog(CurrentUser user) {
		return this.service.catalog(user.id());
	}

	@GetMapping("/metrics/{metric}")
	MetricSeries series(CurrentUser user, @PathVariable String metric,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String resolution,
			@RequestParam(required = false) @Nullable String maxPoints) {
		return this.service.series(user.id(), metric, SeriesQuery.parse(from, to, resolution, maxPoints));
	}

}

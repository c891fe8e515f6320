package health.falcon.backend.metrics;

import health.falcon.data.api.MetricCatalog;
import health.falcon.data.api.MetricSeries;
import health.falcon.data.api.MetricsClient;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/metrics} (every metric, its unit and whether the signed-in user has
 * data for it) and {@code GET /api/metrics/{metric}?from=&to=&resolution=|maxPoints=}, as
 * backend-data answers them for the user's relayed token. Parameters pass through
 * unchanged: backend-data validates them, and its problems (400 {@code validation} or
 * {@code range-too-large}, 404 {@code unknown-metric}) reach the browser as they are.
 * {@code heart-rate} keeps its own, more specific mapping.
 */
@RestController
class MetricsController {

	private final MetricsClient metrics;

	MetricsController(MetricsClient metrics) {
		this.metrics = metrics;
	}

	@GetMapping("/api/metrics")
	MetricCatalog catalog() {
		return this.metrics.catalog();
	}

	@GetMapping("/api/metrics/{metric}")
	MetricSeries series(@PathVariable String metric, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String resolution,
			@RequestParam(required = false) @Nullable String maxPoints) {
		return this.metrics.series(metric, from, to, resolution, maxPoints);
	}

}

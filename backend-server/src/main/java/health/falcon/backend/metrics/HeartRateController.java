package health.falcon.backend.metrics;

import health.falcon.data.api.HeartRateClient;
import health.falcon.data.api.MetricSeries;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/metrics/heart-rate?from=&to=&resolution=|maxPoints=}: the signed-in
 * user's heart rate as backend-data answers it for the user's relayed token. The
 * parameters pass through unchanged: backend-data validates them, and its 400 problems
 * reach the browser as they are.
 */
@RestController
class HeartRateController {

	private final HeartRateClient heartRate;

	HeartRateController(HeartRateClient heartRate) {
		this.heartRate = heartRate;
	}

	@GetMapping("/api/metrics/heart-rate")
	MetricSeries heartRate(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String resolution,
			@RequestParam(required = false) @Nullable String maxPoints) {
		return this.heartRate.heartRate(from, to, resolution, maxPoints);
	}

}

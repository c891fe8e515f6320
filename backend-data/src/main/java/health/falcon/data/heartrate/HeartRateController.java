package health.falcon.data.heartrate;

import health.falcon.data.api.MetricSeries;
import health.falcon.data.series.SeriesQuery;
import health.falcon.kit.security.CurrentUser;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /metrics/heart-rate?from=&to=&resolution=|maxPoints=}: the heart rate of the
 * user whose token backend-server relays. The server side of
 * {@link health.falcon.data.api.HeartRateClient}.
 */
@RestController
class HeartRateController {

	private final HeartRateService service;

	HeartRateController(HeartRateService service) {
		this.service = service;
	}

	@GetMapping("/metrics/heart-rate")
	MetricSeries heartRate(CurrentUser user, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String resolution,
			@RequestParam(required = false) @Nullable String maxPoints) {
		return this.service.heartRate(user.id(), SeriesQuery.parse(from, to, resolution, maxPoints));
	}

}

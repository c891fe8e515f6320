package health.falcon.backend.bloodpressure;

import health.falcon.data.api.BloodPressureClient;
import health.falcon.data.api.BloodPressurePage;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/blood-pressure/readings?from=&to=&limit=&cursor=}: the signed-in user's
 * blood-pressure readings as backend-data answers them for the user's relayed token.
 * Parameters pass through unchanged; backend-data's problems reach the browser as they
 * are.
 */
@RestController
class BloodPressureController {

	private final BloodPressureClient bloodPressure;

	BloodPressureController(BloodPressureClient bloodPressure) {
		this.bloodPressure = bloodPressure;
	}

	@GetMapping("/api/blood-pressure/readings")
	BloodPressurePage readings(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, @RequestParam(required = false) @Nullable String limit,
			@RequestParam(required = false) @Nullable String cursor) {
		return this.bloodPressure.readings(from, to, limit, cursor);
	}

}

package health.falcon.backend.body;

import health.falcon.data.api.BodyClient;
import health.falcon.data.api.BodyMeasurementPage;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/body/measurements?from=&to=&limit=&cursor=}: the signed-in user's body
 * measurements as backend-data answers them for the user's relayed token. Parameters pass
 * through unchanged; backend-data's problems reach the browser as they are.
 */
@RestController
class BodyController {

	private final BodyClient body;

	BodyController(BodyClient body) {
		this.body = body;
	}

	@GetMapping("/api/body/measurements")
	BodyMeasurementPage measurements(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, @RequestParam(required = false) @Nullable String limit,
			@RequestParam(required = false) @Nullable String cursor) {
		return this.body.measurements(from, to, limit, cursor);
	}

}

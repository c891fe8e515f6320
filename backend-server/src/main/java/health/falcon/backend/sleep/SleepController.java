package health.falcon.backend.sleep;

import health.falcon.data.api.SleepClient;
import health.falcon.data.api.SleepSessionDetail;
import health.falcon.data.api.SleepSessionPage;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/sleep/sessions?from=&to=&limit=&cursor=} and {@code GET
 * /api/sleep/sessions/{id}}: the signed-in user's sleep sessions as backend-data answers
 * them for the user's relayed token. Parameters pass through unchanged; backend-data's
 * problems (400 {@code validation}, 404 {@code not-found}) reach the browser as they are.
 */
@RestController
class SleepController {

	private final SleepClient sleep;

	SleepController(SleepClient sleep) {
		this.sleep = sleep;
	}

	@GetMapping("/api/sleep/sessions")
	SleepSessionPage sessions(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, @RequestParam(required = false) @Nullable String limit,
			@RequestParam(required = false) @Nullable String cursor) {
		return this.sleep.sessions(from, to, limit, cursor);
	}

	@GetMapping("/api/sleep/sessions/{id}")
	SleepSessionDetail session(@PathVariable String id) {
		return this.sleep.session(id);
	}

}

package health.falcon.backend.hrv;

import health.falcon.data.api.HrvClient;
import health.falcon.data.api.HrvRecordingDetail;
import health.falcon.data.api.HrvRecordingPage;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/hrv/recordings?from=&to=&limit=&cursor=} and {@code GET
 * /api/hrv/recordings/{id}}: the signed-in user's HRV recordings as backend-data answers
 * them for the user's relayed token. Parameters pass through unchanged; backend-data's
 * problems reach the browser as they are.
 */
@RestController
class HrvController {

	private final HrvClient hrv;

	HrvController(HrvClient hrv) {
		this.hrv = hrv;
	}

	@GetMapping("/api/hrv/recordings")
	HrvRecordingPage recordings(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, @RequestParam(required = false) @Nullable String limit,
			@RequestParam(required = false) @Nullable String cursor) {
		return this.hrv.recordings(from, to, limit, cursor);
	}

	@GetMapping("/api/hrv/recordings/{id}")
	HrvRecordingDetail recording(@PathVariable String id) {
		return this.hrv.recording(id);
	}

}

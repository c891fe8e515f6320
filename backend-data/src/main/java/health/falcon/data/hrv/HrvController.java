package health.falcon.data.hrv;

import health.falcon.data.api.HrvRecordingDetail;
import health.falcon.data.api.HrvRecordingPage;
import health.falcon.data.paging.ListQuery;
import health.falcon.kit.security.CurrentUser;
import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /hrv/recordings?from=&to=&limit=&cursor=} and {@code GET
 * /hrv/recordings/{id}}: the HRV recordings of the user whose token backend-server
 * relays. The server side of {@link health.falcon.data.api.HrvClient}.
 */
@RestController
class HrvController {

	private final HrvService hrv;

	HrvController(HrvService hrv) {
		this.hrv = hrv;
	}

	@GetMapping("/hrv/recordings")
	HrvRecordingPage recordings(CurrentUser user, @Valid ListQuery query) {
		return this.hrv.recordings(user.id(), query);
	}

	@GetMapping("/hrv/recordings/{id}")
	HrvRecordingDetail recording(CurrentUser user, @PathVariable String id) {
		return this.hrv.recording(user.id(), id);
	}

}

package health.falcon.data.sleep;

import health.falcon.data.api.SleepSessionDetail;
import health.falcon.data.api.SleepSessionPage;
import health.falcon.data.paging.ListQuery;
import health.falcon.kit.security.CurrentUser;
import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /sleep/sessions?from=&to=&limit=&cursor=} and {@code GET
 * /sleep/sessions/{id}}: the sleep sessions of the user whose token backend-server
 * relays. The server side of {@link health.falcon.data.api.SleepClient}.
 */
@RestController
class SleepController {

	private final SleepService sleep;

	SleepController(SleepService sleep) {
		this.sleep = sleep;
	}

	@GetMapping("/sleep/sessions")
	SleepSessionPage sessions(CurrentUser user, @Valid ListQuery query) {
		return this.sleep.sessions(user.id(), query);
	}

	@GetMapping("/sleep/sessions/{id}")
	SleepSessionDetail session(CurrentUser user, @PathVariable String id) {
		return this.sleep.session(user.id(), id);
	}

}

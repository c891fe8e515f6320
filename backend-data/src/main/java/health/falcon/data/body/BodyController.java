package health.falcon.data.body;

import health.falcon.data.api.BodyMeasurementPage;
import health.falcon.data.paging.ListQuery;
import health.falcon.kit.security.CurrentUser;
import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /body/measurements?from=&to=&limit=&cursor=}: the body measurements of the
 * user whose token backend-server relays. The server side of
 * {@link health.falcon.data.api.BodyClient}.
 */
@RestController
class BodyController {

	private final BodyService body;

	BodyController(BodyService body) {
		this.body = body;
	}

	@GetMapping("/body/measurements")
	BodyMeasurementPage measurements(CurrentUser user, @Valid ListQuery query) {
		return this.body.measurements(user.id(), query);
	}

}

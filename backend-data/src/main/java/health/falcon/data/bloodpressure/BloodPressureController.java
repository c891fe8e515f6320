package health.falcon.data.bloodpressure;

import health.falcon.data.api.BloodPressurePage;
import health.falcon.data.paging.ListQuery;
import health.falcon.kit.security.CurrentUser;
import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /blood-pressure/readings?from=&to=&limit=&cursor=}: the blood-pressure
 * readings of the user whose token backend-server relays. The server side of
 * {@link health.falcon.data.api.BloodPressureClient}.
 */
@RestController
class BloodPressureController {

	private final BloodPressureService bloodPressure;

	BloodPressureController(BloodPressureService bloodPressure) {
		this.bloodPressure = bloodPressure;
	}

	@GetMapping("/blood-pressure/readings")
	BloodPressurePage readings(CurrentUser user, @Valid ListQuery query) {
		return this.bloodPressure.readings(user.id(), query);
	}

}

package health.falcon.data.nutrition;

import health.falcon.data.api.NutritionDayDetail;
import health.falcon.data.api.NutritionDayPage;
import health.falcon.data.paging.ListQuery;
import health.falcon.kit.security.CurrentUser;
import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /nutrition/days?from=&to=&limit=&cursor=} and {@code GET
 * /nutrition/days/{date}}: the nutrition days of the user whose token backend-server
 * relays. The server side of {@link health.falcon.data.api.NutritionClient}.
 */
@RestController
class NutritionController {

	private final NutritionService nutrition;

	NutritionController(NutritionService nutrition) {
		this.nutrition = nutrition;
	}

	@GetMapping("/nutrition/days")
	NutritionDayPage days(CurrentUser user, @Valid ListQuery query) {
		return this.nutrition.days(user.id(), query);
	}

	@GetMapping("/nutrition/days/{date}")
	NutritionDayDetail day(CurrentUser user, @PathVariable String date) {
		return this.nutrition.day(user.id(), date);
	}

}

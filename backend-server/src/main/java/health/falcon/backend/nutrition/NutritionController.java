package health.falcon.backend.nutrition;

import health.falcon.data.api.NutritionClient;
import health.falcon.data.api.NutritionDayDetail;
import health.falcon.data.api.NutritionDayPage;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/nutrition/days?from=&to=&limit=&cursor=} and {@code GET
 * /api/nutrition/days/{date}}: the signed-in user's nutrition days as backend-data
 * answers them for the user's relayed token. Parameters pass through unchanged;
 * backend-data's problems reach the browser as they are.
 */
@RestController
class NutritionController {

	private final NutritionClient nutrition;

	NutritionController(NutritionClient nutrition) {
		this.nutrition = nutrition;
	}

	@GetMapping("/api/nutrition/days")
	NutritionDayPage days(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, @RequestParam(required = false) @Nullable String limit,
			@RequestParam(required = false) @Nullable String cursor) {
		return this.nutrition.days(from, to, limit, cursor);
	}

	@GetMapping("/api/nutrition/days/{date}")
	NutritionDayDetail day(@PathVariable String date) {
		return this.nutrition.day(date);
	}

}

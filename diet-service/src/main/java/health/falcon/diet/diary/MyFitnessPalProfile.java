package health.falcon.diet.diary;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The parts of the MyFitnessPal profile ({@code GET /v2/users/{user_id}}) the adapter
 * needs: the username (the diary URL needs it), the unit preferences, and the meal names
 * and tracked nutrients.
 *
 * @param id the MyFitnessPal user id
 * @param units the unit preferences ({@code energy}: {@code calories} or
 * {@code kilojoules}, {@code weight}: {@code kg} or {@code pounds}, ...)
 * @param mealNames the user's meal names
 * @param trackedNutrients the nutrients the diary shows
 */
record MyFitnessPalProfile(String id, String username, Map<String, Object> units, List<String> mealNames,
		List<String> trackedNutrients) {

	boolean energyInKilojoules() {
		return "kilojoules".equals(this.units.get("energy"));
	}

	/**
	 * The response body.
	 *
	 * @param item the user
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Response(@Nullable Item item) {

	}

	/**
	 * The user in the response.
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Item(@Nullable String id, @Nullable String username,
			@JsonProperty("unit_preferences") @Nullable Map<String, Object> unitPreferences,
			@JsonProperty("diary_preferences") @Nullable DiaryPreferences diaryPreferences) {

	}

	/**
	 * The diary preferences.
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record DiaryPreferences(@JsonProperty("meal_names") @Nullable List<String> mealNames,
			@JsonProperty("tracked_nutrients") @Nullable List<String> trackedNutrients) {

	}

}

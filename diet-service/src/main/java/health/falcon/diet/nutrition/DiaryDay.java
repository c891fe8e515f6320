package health.falcon.diet.nutrition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A user's food diary on one local date as the MyFitnessPal diary adapter read it. Field
 * names carry their unit like the export's ({@code kcal}, {@code carbohydratesG},
 * {@code sodiumMg}, {@code vitaminAPct}).
 *
 * @param userId the owner
 * @param date the local date of the diary page
 * @param meals the meals in diary order, empty ones included
 * @param waterMl the water logged, {@code null} when unknown
 * @param complete whether the user completed the day, {@code null} when unknown
 * @param source the diary run that read it
 */
public record DiaryDay(String userId, LocalDate date, Map<String, Double> totals, List<Meal> meals,
		Map<String, Double> goals, @Nullable Double waterMl, @Nullable Boolean complete, DiarySource source) {

	/**
	 * One meal.
	 *
	 * @param name the user-editable meal name
	 * @param totals the sum of its items
	 * @param items the logged foods
	 */
	public record Meal(String name, Map<String, Double> totals, List<Item> items) {

	}

	/**
	 * One logged food.
	 *
	 * @param name the food's name as the diary shows it
	 */
	public record Item(String name, Map<String, Double> nutrients) {

	}

	/**
	 * The provenance of diary data: provider {@code myfitnesspal}, channel {@code diary}.
	 *
	 * @param accountId the MyFitnessPal user id
	 * @param ingestRunId the {@code sync_runs} id of the run that read it
	 * @param receivedAt when it was read
	 */
	public record DiarySource(@Nullable String accountId, String ingestRunId, Instant receivedAt) {

	}

}

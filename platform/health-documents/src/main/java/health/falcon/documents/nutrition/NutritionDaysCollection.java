package health.falcon.documents.nutrition;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;

/**
 * The {@code nutrition_days} collection: one document per user and local date
 * ({@code _id = <userId>/<YYYY-MM-DD>}), written by diet-service's two channels side by
 * side: the export import {@code $set}s {@code totals}, {@code meals} and
 * {@code exercise}, the diary adapter {@code diary}; each channel records its provenance
 * under {@code sources.<channel>}. The unique key is {@code _id} itself, so the writer
 * creates no further index.
 */
public final class NutritionDaysCollection {

	public static final String COLLECTION = "nutrition_days";

	public static final String ID = "_id";

	public static final String USER_ID = "userId";

	/** The local date, {@code YYYY-MM-DD}. */
	public static final String DATE = "date";

	/** Export channel: {@code {nutrient: amount}} over the day. */
	public static final String TOTALS = "totals";

	/** Export channel: {@code [{name, totals, items [{time, nutrients, note}]}]}. */
	public static final String MEALS = "meals";

	/**
	 * Export channel: {@code [{name, type, kcal, minutes, sets, repsPerSet, weightKg,
	 * steps, note}]}.
	 */
	public static final String EXERCISE = "exercise";

	/** Diary channel: {@code {totals, meals, goals, waterMl, complete}}. */
	public static final String DIARY = "diary";

	/** Provenance per channel, {@code sources.<channel>}. */
	public static final String SOURCES = "sources";

	public static final String SOURCES_NUTRITION = SOURCES + ".nutrition";

	public static final String SOURCES_EXERCISE = SOURCES + ".exercise";

	public static final String SOURCES_DIARY = SOURCES + ".diary";

	private NutritionDaysCollection() {
	}

	/**
	 * The document id of a user's day.
	 * @param userId the owner
	 * @return {@code <userId>/<YYYY-MM-DD>}
	 */
	public static String id(String userId, LocalDate date) {
		return userId + "/" + date;
	}

	/**
	 * The {@code user_date} index: readers list and sum a user's days by date.
	 * @return a new index definition
	 */
	public static Index userDate() {
		return new Index().on(USER_ID, Sort.Direction.ASC).on(DATE, Sort.Direction.DESC).named("user_date");
	}

	/**
	 * Every index the writer creates besides {@code _id}.
	 * @return new index definitions
	 */
	public static List<Index> indexes() {
		return List.of(userDate());
	}

}

package health.falcon.data.stored;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import health.falcon.documents.nutrition.NutritionDaysCollection;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Writes {@code nutrition_days} exactly as diet-service's two channels do: the export
 * import ({@code NutritionDayStore.saveNutrition} and {@code saveExercise}: {@code $set}
 * of {@code totals}, {@code meals}, {@code exercise} and {@code sources.nutrition} or
 * {@code sources.exercise}) and the diary adapter ({@code DiaryDayStore.save}:
 * {@code $set} of {@code diary} and {@code sources.diary}; {@code DiaryDayStore.purge}),
 * both upserting {@code <userId>/<YYYY-MM-DD>}.
 */
public final class NutritionDays {

	private static final String KCAL = "kcal";

	private NutritionDays() {
	}

	/**
	 * Store a day's nutrition from an export file: {@code kcal} and 80 g of protein, one
	 * breakfast of {@code kcal}.
	 */
	public static void export(MongoTemplate template, String userId, LocalDate date, double kcal) {
		Document item = new Document("time", "07:30").append("nutrients", numbers(Map.of(KCAL, kcal)))
			.append("note", null);
		export(template, userId, date, Map.of(KCAL, kcal, "proteinG", 80.0), List.of(item));
	}

	/**
	 * Store a day's nutrition from an export file with these totals, one breakfast of
	 * them without items.
	 */
	public static void export(MongoTemplate template, String userId, LocalDate date, Map<String, Double> totals) {
		export(template, userId, date, totals, List.of());
	}

	private static void export(MongoTemplate template, String userId, LocalDate date, Map<String, Double> totals,
			List<Document> items) {
		Map<String, Double> meal = (items.isEmpty()) ? totals : Map.of(KCAL, totals.get(KCAL));
		set(template, userId, date,
				new Document(NutritionDaysCollection.TOTALS, numbers(totals))
					.append(NutritionDaysCollection.MEALS,
							List.of(new Document("name", "Breakfast").append("totals", numbers(meal))
								.append("items", items)))
					.append(NutritionDaysCollection.SOURCES_NUTRITION, exportSource("Nutrition-Summary.csv")));
	}

	/**
	 * Store a day's exercise from an export file: a 30-minute run.
	 */
	public static void exercise(MongoTemplate template, String userId, LocalDate date) {
		Document session = new Document("name", "Running").append("type", "Cardio")
			.append(KCAL, 300.0)
			.append("minutes", 30.0)
			.append("sets", null)
			.append("repsPerSet", null)
			.append("weightKg", null)
			.append("steps", null)
			.append("note", null);
		set(template, userId, date, new Document(NutritionDaysCollection.EXERCISE, List.of(session))
			.append(NutritionDaysCollection.SOURCES_EXERCISE, exportSource("Exercise-Summary.csv")));
	}

	/**
	 * Store a day's diary: one breakfast of {@code kcal}, 1.5 l of water, a goal of 2000
	 * kcal.
	 */
	public static void diary(MongoTemplate template, String userId, LocalDate date, double kcal) {
		Document item = new Document("name", "Oats").append("nutrients", numbers(Map.of(KCAL, kcal)));
		diary(template, userId, date, Map.of(KCAL, kcal), 1500.0, List.of(item));
	}

	/**
	 * Store a day's diary with these totals and water, one breakfast of them without
	 * items, a goal of 2000 kcal.
	 * @param waterMl the water drunk, {@code null} when the diary has none
	 */
	public static void diary(MongoTemplate template, String userId, LocalDate date, Map<String, Double> totals,
			@Nullable Double waterMl) {
		diary(template, userId, date, totals, waterMl, List.of());
	}

	private static void diary(MongoTemplate template, String userId, LocalDate date, Map<String, Double> totals,
			@Nullable Double waterMl, List<Document> items) {
		Document meal = new Document("name", "Breakfast").append("totals", numbers(totals)).append("items", items);
		Document diary = new Document("totals", numbers(totals)).append("meals", List.of(meal))
			.append("goals", numbers(Map.of(KCAL, 2000.0)))
			.append("waterMl", waterMl)
			.append("complete", true);
		Document source = new Document("provider", "myfitnesspal").append("channel", "diary")
			.append("accountId", "mfp-1")
			.append("ingestRunId", "run-7")
			.append("receivedAt", Date.from(Instant.parse("2026-03-11T02:00:00Z")));
		String day = date.toString();
		template.getCollection(NutritionDaysCollection.COLLECTION)
			.updateOne(Filters.eq(NutritionDaysCollection.ID, NutritionDaysCollection.id(userId, date)),
					Updates.combine(Updates.set(NutritionDaysCollection.USER_ID, userId),
							Updates.set(NutritionDaysCollection.DATE, day),
							Updates.set(NutritionDaysCollection.DIARY, diary),
							Updates.set(NutritionDaysCollection.SOURCES_DIARY, source)),
					new UpdateOptions().upsert(true));
	}

	/**
	 * Remove the diary part of the user's days ({@code DiaryDayStore.purge}).
	 */
	public static void purgeDiary(MongoTemplate template, String userId) {
		template.getCollection(NutritionDaysCollection.COLLECTION)
			.updateMany(
					Filters.and(Filters.eq(NutritionDaysCollection.USER_ID, userId),
							Filters.exists(NutritionDaysCollection.SOURCES_DIARY)),
					Updates.combine(Updates.unset(NutritionDaysCollection.DIARY),
							Updates.unset(NutritionDaysCollection.SOURCES_DIARY)));
	}

	private static void set(MongoTemplate template, String userId, LocalDate date, Document fields) {
		fields.append(NutritionDaysCollection.USER_ID, userId).append(NutritionDaysCollection.DATE, date.toString());
		template.getCollection(NutritionDaysCollection.COLLECTION)
			.updateOne(Filters.eq(NutritionDaysCollection.ID, NutritionDaysCollection.id(userId, date)),
					new Document("$set", fields), new UpdateOptions().upsert(true));
	}

	private static Document exportSource(String file) {
		return new Document("provider", "myfitnesspal").append("channel", "export").append("file", file);
	}

	private static Document numbers(Map<String, Double> values) {
		return new Document(new LinkedHashMap<>(values));
	}

}

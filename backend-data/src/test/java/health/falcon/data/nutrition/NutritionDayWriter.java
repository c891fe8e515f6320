package health.falcon.data.nutrition;

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

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Writes nutrition days with the shared names exactly as diet-service's two channels do
 * (they live in that service and are not on this module's class path): the export import
 * ({@code NutritionDayStore.saveNutrition} and {@code saveExercise}: {@code $set} of
 * {@code totals}, {@code meals}, {@code exercise} and {@code sources.nutrition} or
 * {@code sources.exercise}) and the diary adapter ({@code DiaryDayStore.save}:
 * {@code $set} of {@code diary} and {@code sources.diary}), both upserting
 * {@code <userId>/<YYYY-MM-DD>}.
 */
public final class NutritionDayWriter {

	private NutritionDayWriter() {
	}

	/**
	 * Store a day's nutrition from an export file: one breakfast of {@code kcal}.
	 */
	public static void export(MongoTemplate template, String userId, LocalDate date, double kcal) {
		Document item = new Document("time", "07:30").append("nutrients", numbers(Map.of("kcal", kcal)))
			.append("note", null);
		Document meal = new Document("name", "Breakfast").append("totals", numbers(Map.of("kcal", kcal)))
			.append("items", List.of(item));
		set(template, userId, date,
				new Document(NutritionDaysCollection.TOTALS, numbers(Map.of("kcal", kcal, "proteinG", 80.0)))
					.append(NutritionDaysCollection.MEALS, List.of(meal))
					.append("sources.nutrition", exportSource("Nutrition-Summary.csv")));
	}

	/**
	 * Store a day's exercise from an export file: a 30-minute run.
	 */
	public static void exercise(MongoTemplate template, String userId, LocalDate date) {
		Document session = new Document("name", "Running").append("type", "Cardio")
			.append("kcal", 300.0)
			.append("minutes", 30.0)
			.append("sets", null)
			.append("repsPerSet", null)
			.append("weightKg", null)
			.append("steps", null)
			.append("note", null);
		set(template, userId, date, new Document(NutritionDaysCollection.EXERCISE, List.of(session))
			.append("sources.exercise", exportSource("Exercise-Summary.csv")));
	}

	/**
	 * Store a day's diary: one breakfast of {@code kcal}, 1.5 l of water, a goal of 2000
	 * kcal.
	 */
	public static void diary(MongoTemplate template, String userId, LocalDate date, double kcal) {
		Document item = new Document("name", "Oats").append("nutrients", numbers(Map.of("kcal", kcal)));
		Document meal = new Document("name", "Breakfast").append("totals", numbers(Map.of("kcal", kcal)))
			.append("items", List.of(item));
		Document diary = new Document("totals", numbers(Map.of("kcal", kcal))).append("meals", List.of(meal))
			.append("goals", numbers(Map.of("kcal", 2000.0)))
			.append("waterMl", 1500.0)
			.append("complete", true);
		Document source = new Document("provider", "myfitnesspal").append("channel", "diary")
			.append("accountId", "mfp-1")
			.append("ingestRunId", "run-7")
			.append("receivedAt", Date.from(Instant.parse("2026-03-11T02:00:00Z")));
		String day = date.toString();
		template.getCollection(NutritionDaysCollection.COLLECTION)
			.updateOne(Filters.eq(NutritionDaysCollection.ID, userId + "/" + day),
					Updates.combine(Updates.set(NutritionDaysCollection.USER_ID, userId),
							Updates.set(NutritionDaysCollection.DATE, day),
							Updates.set(NutritionDaysCollection.DIARY, diary),
							Updates.set(NutritionDaysCollection.SOURCES_DIARY, source)),
					new UpdateOptions().upsert(true));
	}

	private static void set(MongoTemplate template, String userId, LocalDate date, Document fields) {
		fields.append(NutritionDaysCollection.USER_ID, userId).append(NutritionDaysCollection.DATE, date.toString());
		template.getCollection(NutritionDaysCollection.COLLECTION)
			.updateOne(Filters.eq(NutritionDaysCollection.ID, userId + "/" + date), new Document("$set", fields),
					new UpdateOptions().upsert(true));
	}

	static Document exportSource(String file) {
		return new Document("provider", "myfitnesspal").append("channel", "export").append("file", file);
	}

	private static Document numbers(Map<String, Double> values) {
		return new Document(new LinkedHashMap<>(values));
	}

}

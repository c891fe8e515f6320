package health.falcon.diet.nutrition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import health.falcon.documents.nutrition.NutritionDaysCollection;
import health.falcon.model.Source;
import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * The {@code nutrition_days} collection: one document per user and local date
 * ({@code _id} {@code <userId>/<YYYY-MM-DD>}) with {@code totals}, {@code meals},
 * {@code exercise[]} and {@code sources}. Writes are bulk upserts that {@code $set} the
 * part a file covers (nutrition or exercise), so importing the same file again changes
 * nothing and a nutrition file never erases exercise.
 */
@Repository
public class NutritionDayStore {

	private final MongoCollection<Document> days;

	public NutritionDayStore(MongoTemplate mongo) {
		this.days = mongo.getCollection(NutritionDaysCollection.COLLECTION);
		NutritionDaysCollection.indexes().forEach(mongo.indexOps(NutritionDaysCollection.COLLECTION)::createIndex);
	}

	/**
	 * Store the nutrition of some days, replacing what an earlier import stored for them.
	 */
	public void saveNutrition(List<NutritionDay> nutrition) {
		List<WriteModel<Document>> writes = new ArrayList<>();
		for (NutritionDay day : nutrition) {
			List<Document> meals = new ArrayList<>();
			for (NutritionDay.Meal meal : day.meals()) {
				List<Document> items = new ArrayList<>();
				meal.items()
					.forEach((item) -> items
						.add(new Document("time", (item.time() != null) ? item.time().toString() : null)
							.append("nutrients", numbers(item.nutrients()))
							.append("note", item.note())));
				meals.add(new Document("name", meal.name()).append("totals", numbers(meal.totals()))
					.append("items", items));
			}
			writes.add(upsert(day.userId(), day.date().toString(),
					new Document(NutritionDaysCollection.TOTALS, numbers(day.totals()))
						.append(NutritionDaysCollection.MEALS, meals)
						.append("sources.nutrition", source(day.source()))));
		}
		write(writes);
	}

	/**
	 * Store the exercise of some days, replacing what an earlier import stored for them.
	 */
	public void saveExercise(List<ExerciseDay> exercise) {
		List<WriteModel<Document>> writes = new ArrayList<>();
		for (ExerciseDay day : exercise) {
			List<Document> sessions = new ArrayList<>();
			for (ExerciseDay.Session s : day.sessions()) {
				sessions.add(new Document("name", s.name()).append("type", s.type())
					.append("kcal", s.kcal())
					.append("minutes", s.minutes())
					.append("sets", s.sets())
					.append("repsPerSet", s.repsPerSet())
					.append("weightKg", s.weightKg())
					.append("steps", s.steps())
					.append("note", s.note()));
			}
			writes.add(
					upsert(day.userId(), day.date().toString(), new Document(NutritionDaysCollection.EXERCISE, sessions)
						.append("sources.exercise", source(day.source()))));
		}
		write(writes);
	}

	private static UpdateOneModel<Document> upsert(String userId, String date, Document fields) {
		fields.append(NutritionDaysCollection.USER_ID, userId).append(NutritionDaysCollection.DATE, date);
		return new UpdateOneModel<>(Filters.eq(NutritionDaysCollection.ID, userId + "/" + date),
				new Document("$set", fields), new UpdateOptions().upsert(true));
	}

	private void write(List<WriteModel<Document>> writes) {
		if (!writes.isEmpty()) {
			this.days.bulkWrite(writes);
		}
	}

	/**
	 * The stored provenance of exported data: {@code {provider, channel: "export",
	 * file}}, the file being the source id. The run id and the time received are left
	 * out, so that importing the same file again stores the very same document.
	 */
	static Document source(Source source) {
		return new Document("provider", source.provider()).append("channel", "export")
			.append("file", source.sourceId());
	}

	private static Document numbers(Map<String, Double> values) {
		return new Document(new LinkedHashMap<>(values));
	}

}

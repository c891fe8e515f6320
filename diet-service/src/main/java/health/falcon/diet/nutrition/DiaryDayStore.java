package health.falcon.diet.nutrition;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import health.falcon.documents.nutrition.NutritionDaysCollection;
import org.bson.Document;
import org.bson.conversions.Bson;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * The diary part of {@code nutrition_days}: the adapter {@code $set}s {@code diary} and
 * {@code sources.diary} on the user's document for the date ({@code _id}
 * {@code <userId>/<YYYY-MM-DD>}, the same document the export import writes its
 * {@code totals}, {@code meals} and {@code exercise} to). Keeping the two channels side
 * by side means neither overwrites the other, re-reading a day replaces only its diary
 * part, and a purge removes exactly what the diary wrote.
 */
@Repository
public class DiaryDayStore {

	static final String PROVIDER = "myfitnesspal";

	static final String CHANNEL = "diary";

	private final MongoCollection<Document> days;

	public DiaryDayStore(MongoTemplate mongo) {
		this.days = mongo.getCollection(NutritionDaysCollection.COLLECTION);
	}

	/**
	 * Store one day's diary, replacing what an earlier run stored for it (upsert).
	 */
	public void save(DiaryDay day) {
		Document diary = new Document("totals", numbers(day.totals())).append("meals", meals(day.meals()))
			.append("goals", numbers(day.goals()))
			.append("waterMl", day.waterMl())
			.append("complete", day.complete());
		Document source = new Document("provider", PROVIDER).append("channel", CHANNEL)
			.append("accountId", day.source().accountId())
			.append("ingestRunId", day.source().ingestRunId())
			.append("receivedAt", Date.from(day.source().receivedAt()));
		String date = day.date().toString();
		this.days.updateOne(Filters.eq(NutritionDaysCollection.ID, day.userId() + "/" + date),
				Updates.combine(Updates.set(NutritionDaysCollection.USER_ID, day.userId()),
						Updates.set(NutritionDaysCollection.DATE, date),
						Updates.set(NutritionDaysCollection.DIARY, diary),
						Updates.set(NutritionDaysCollection.SOURCES_DIARY, source)),
				new UpdateOptions().upsert(true));
	}

	/**
	 * Delete everything the diary adapter stored for a user: the {@code diary} part of
	 * each day, and the days nothing else (an export) contributed to.
	 * @param userId the owner
	 * @return how many days carried diary data
	 */
	public long purge(String userId) {
		Bson diaryDays = Filters.and(Filters.eq(NutritionDaysCollection.USER_ID, userId),
				Filters.exists(NutritionDaysCollection.SOURCES_DIARY));
		long touched = this.days.updateMany(diaryDays, Updates.combine(Updates.unset(NutritionDaysCollection.DIARY),
				Updates.unset(NutritionDaysCollection.SOURCES_DIARY)))
			.getModifiedCount();
		this.days.deleteMany(Filters.and(Filters.eq(NutritionDaysCollection.USER_ID, userId),
				Filters.exists(NutritionDaysCollection.DIARY, false),
				Filters.exists(NutritionDaysCollection.TOTALS, false),
				Filters.exists(NutritionDaysCollection.MEALS, false),
				Filters.exists(NutritionDaysCollection.EXERCISE, false)));
		return touched;
	}

	private static List<Document> meals(List<DiaryDay.Meal> meals) {
		List<Document> documents = new ArrayList<>();
		for (DiaryDay.Meal meal : meals) {
			List<Document> items = new ArrayList<>();
			meal.items()
				.forEach((item) -> items
					.add(new Document("name", item.name()).append("nutrients", numbers(item.nutrients()))));
			documents
				.add(new Document("name", meal.name()).append("totals", numbers(meal.totals())).append("items", items));
		}
		return documents;
	}

	private static Document numbers(Map<String, Double> values) {
		return new Document(new LinkedHashMap<>(values));
	}

}

package health.falcon.data.nutrition;

import java.time.LocalDate;
import java.util.List;

import health.falcon.data.paging.Keyset;
import health.falcon.data.paging.ListQuery;
import health.falcon.data.paging.Position;
import health.falcon.data.paging.SortKind;
import health.falcon.documents.nutrition.NutritionDaysCollection;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * Reads {@code nutrition_days} (diet-service writes them, one document per user and local
 * date). Every query is scoped to one user; the range selects by {@code date}, pages are
 * keyset pages on ({@code date}, {@code _id}), newest first.
 */
@Repository
class NutritionRepository {

	static final Keyset KEYSET = new Keyset("nutrition-days", NutritionDaysCollection.DATE, SortKind.LOCAL_DATE);

	private final MongoTemplate template;

	NutritionRepository(MongoTemplate template) {
		this.template = template;
	}

	/**
	 * Return one page of the user's days and one more (see {@link Keyset#query}).
	 * @param from the first local date, inclusive, or {@code null}
	 * @param to the last local date, inclusive, or {@code null}
	 * @param after where the previous page ended, or {@code null}
	 */
	List<Document> find(String userId, @Nullable LocalDate from, @Nullable LocalDate to, @Nullable Position after,
			int limit) {
		Criteria filter = ListQuery.within(Criteria.where(NutritionDaysCollection.USER_ID).is(userId),
				NutritionDaysCollection.DATE, from, to);
		Query query = KEYSET.query(filter, after, limit);
		query.fields().exclude(NutritionDaysCollection.EXERCISE);
		return this.template.find(query, Document.class, NutritionDaysCollection.COLLECTION);
	}

	/**
	 * Return the user's day.
	 * @return the day, {@code null} when the user has nothing stored for it
	 */
	@Nullable Document findOne(String userId, LocalDate date) {
		Query query = Query.query(Criteria.where(NutritionDaysCollection.ID)
			.is(NutritionDaysCollection.id(userId, date))
			.and(NutritionDaysCollection.USER_ID)
			.is(userId));
		return this.template.findOne(query, Document.class, NutritionDaysCollection.COLLECTION);
	}

}

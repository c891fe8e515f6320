package health.falcon.backend.activities;

import java.time.LocalDate;
import java.util.List;

import health.falcon.documents.activities.ActivitiesCollection;
import health.falcon.documents.activities.ActivityDocument;
import org.bson.Document;

import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * Reads {@code activities} documents. Read only: fitness-service is the writer. Every
 * query is scoped to one user, leaves out soft-deleted activities and selects by
 * {@code time.localDate}, which the writer stores as an ISO {@code YYYY-MM-DD} string (so
 * string order is date order).
 */
@Repository
class ActivityRepository {

	private final MongoTemplate template;

	ActivityRepository(MongoTemplate template) {
		this.template = template;
	}

	/**
	 * Return the user's activities in a range of local dates, newest first.
	 * @param userId the owner
	 * @param from the first local date, inclusive
	 * @param to the last local date, inclusive
	 * @param limit the maximum number to return
	 * @return the activities, never {@code null}
	 */
	List<ActivityDocument> find(String userId, LocalDate from, LocalDate to, int limit) {
		Query query = Query.query(inRange(userId, from, to))
			.with(Sort.by(Direction.DESC, ActivitiesCollection.TIME_INSTANT)
				.and(Sort.by(Direction.DESC, ActivitiesCollection.ID)))
			.limit(limit);
		return this.template.find(query, ActivityDocument.class);
	}

	/**
	 * Sum up the user's activities in a range of local dates.
	 * @param userId the owner
	 * @param from the first local date, inclusive
	 * @param to the last local date, inclusive
	 * @return the totals, {@link ActivityTotals#NONE} when there are no activities
	 */
	ActivityTotals totals(String userId, LocalDate from, LocalDate to) {
		Aggregation aggregation = Aggregation.newAggregation(Aggregation.match(inRange(userId, from, to)),
				Aggregation.group()
					.count()
					.as("count")
					.sum(ActivitiesCollection.DISTANCE_METERS)
					.as("distanceMeters")
					.sum(ActivitiesCollection.MOVING_SECONDS)
					.as("movingSeconds")
					.sum(ActivitiesCollection.ENERGY_KCAL)
					.as("energyKcal"));
		Document result = this.template.aggregate(aggregation, ActivityDocument.class, Document.class)
			.getUniqueMappedResult();
		if (result == null) {
			return ActivityTotals.NONE;
		}
		return new ActivityTotals(number(result, "count").longValue(), number(result, "distanceMeters").doubleValue(),
				number(result, "movingSeconds").longValue(), number(result, "energyKcal").doubleValue());
	}

	private static Criteria inRange(String userId, LocalDate from, LocalDate to) {
		return Criteria.where(ActivitiesCollection.USER_ID)
			.is(userId)
			.and(ActivitiesCollection.DELETED)
			.ne(true)
			.and(ActivitiesCollection.TIME_LOCAL_DATE)
			.gte(from.toString())
			.lte(to.toString());
	}

	private static Number number(Document document, String key) {
		Object value = document.get(key);
		return (value instanceof Number number) ? number : 0;
	}

}

package health.falcon.data.activities;

import java.time.LocalDate;
import java.util.List;

import health.falcon.data.api.ActivityTotals;
import health.falcon.documents.activities.ActivitiesCollection;
import health.falcon.documents.activities.ActivityDocument;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.GroupOperation;
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

	private static final String COUNT = "count";

	private static final String SUM = "sum";

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
	 * Sum up the user's activities in a range of local dates. Energy is summed in a
	 * second pass over only the activities that have it, so that the writer's
	 * {@code null} (not reported) never counts as 0.
	 * @param userId the owner
	 * @param from the first local date, inclusive
	 * @param to the last local date, inclusive
	 * @return the totals, {@link ActivityTotals#NONE} when there are no activities
	 */
	ActivityTotals totals(String userId, LocalDate from, LocalDate to) {
		Document all = sum(inRange(userId, from, to), ActivitiesCollection.DISTANCE_METERS,
				ActivitiesCollection.MOVING_SECONDS);
		if (all == null) {
			return ActivityTotals.NONE;
		}
		Document energy = sum(inRange(userId, from, to).and(ActivitiesCollection.ENERGY_KCAL).ne(null),
				ActivitiesCollection.ENERGY_KCAL);
		long energyCount = (energy != null) ? number(energy, COUNT).longValue() : 0;
		Double energyKcal = (energyCount > 0) ? number(energy, SUM + 0).doubleValue() : null;
		return new ActivityTotals(number(all, COUNT).longValue(), number(all, SUM + 0).doubleValue(),
				number(all, SUM + 1).longValue(), energyKcal, energyCount);
	}

	private @Nullable Document sum(Criteria criteria, String... fields) {
		GroupOperation group = Aggregation.group().count().as(COUNT);
		for (int i = 0; i < fields.length; i++) {
			group = group.sum(fields[i]).as(SUM + i);
		}
		Aggregation aggregation = Aggregation.newAggregation(Aggregation.match(criteria), group);
		return this.template.aggregate(aggregation, ActivityDocument.class, Document.class).getUniqueMappedResult();
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

	private static Number number(@Nullable Document document, String key) {
		Object value = (document != null) ? document.get(key) : null;
		return (value instanceof Number number) ? number : 0;
	}

}

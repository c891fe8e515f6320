package health.falcon.data.activities;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import health.falcon.data.api.ActivityTotals;
import health.falcon.data.paging.Keyset;
import health.falcon.data.paging.Position;
import health.falcon.data.paging.SortKind;
import health.falcon.documents.activities.ActivitiesCollection;
import health.falcon.documents.activities.ActivityDocument;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

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
 * string order is date order). Pages are keyset pages on ({@code time.instant},
 * {@code _id}), newest first.
 */
@Repository
class ActivityRepository {

	static final Keyset KEYSET = new Keyset("activities", ActivitiesCollection.TIME_INSTANT, SortKind.INSTANT);

	private static final String COUNT = "count";

	private static final String SUM = "sum";

	private final MongoTemplate template;

	ActivityRepository(MongoTemplate template) {
		this.template = template;
	}

	/**
	 * Return the user's activities in a range of local dates, newest first, after a
	 * position: one page and one more (see {@link Keyset#query}).
	 * @param userId the owner
	 * @param from the first local date, inclusive
	 * @param to the last local date, inclusive
	 * @param sportType the normalized sport to keep, or {@code null} for all
	 * @param after where the previous page ended, or {@code null}
	 * @param limit the page size
	 * @return at most {@code limit + 1} activities, never {@code null}
	 */
	List<ActivityDocument> find(String userId, LocalDate from, LocalDate to, @Nullable String sportType,
			@Nullable Position after, int limit) {
		Query query = KEYSET.query(inRange(userId, from, to, sportType), after, limit);
		return this.template.find(query, ActivityDocument.class);
	}

	static Position position(ActivityDocument activity) {
		return new Position(Date.from(activity.time().instant()), activity.id());
	}

	/**
	 * Sum up the user's activities in a range of local dates. Energy is summed in a
	 * second pass over only the activities that have it, so that the writer's
	 * {@code null} (not reported) never counts as 0.
	 * @param userId the owner
	 * @param from the first local date, inclusive
	 * @param to the last local date, inclusive
	 * @param sportType the normalized sport to keep, or {@code null} for all
	 * @return the totals, {@link ActivityTotals#NONE} when there are no activities
	 */
	ActivityTotals totals(String userId, LocalDate from, LocalDate to, @Nullable String sportType) {
		Document all = sum(inRange(userId, from, to, sportType), ActivitiesCollection.DISTANCE_METERS,
				ActivitiesCollection.MOVING_SECONDS);
		if (all == null) {
			return ActivityTotals.NONE;
		}
		Document energy = sum(inRange(userId, from, to, sportType).and(ActivitiesCollection.ENERGY_KCAL).ne(null),
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

	private static Criteria inRange(String userId, LocalDate from, LocalDate to, @Nullable String sportType) {
		Criteria criteria = Criteria.where(ActivitiesCollection.USER_ID)
			.is(userId)
			.and(ActivitiesCollection.DELETED)
			.ne(true)
			.and(ActivitiesCollection.TIME_LOCAL_DATE)
			.gte(from.toString())
			.lte(to.toString());
		return (sportType != null) ? criteria.and(ActivitiesCollection.SPORT_TYPE).is(sportType) : criteria;
	}

	private static Number number(@Nullable Document document, String key) {
		Object value = (document != null) ? document.get(key) : null;
		return (value instanceof Number number) ? number : 0;
	}

}

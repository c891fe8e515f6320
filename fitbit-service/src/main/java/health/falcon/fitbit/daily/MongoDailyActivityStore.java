package health.falcon.fitbit.daily;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import health.falcon.documents.Provenance;
import health.falcon.documents.daily.DailyActivityCollection;
import health.falcon.model.Source;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * {@code daily_activity} in MongoDB: {@code _id = <userId>:<YYYY-MM-DD>}, with the unique
 * index {@code natural_key} on {@code userId, localDate}. A merge {@code $set}s only the
 * non-null metrics of a day, so the API and an export each fill in what they know and a
 * revised value replaces the old; a day whose reported metrics are already stored with
 * the same values is not written.
 */
@Component
class MongoDailyActivityStore implements DailyActivityStore {

	private final MongoTemplate mongo;

	private final Clock clock;

	MongoDailyActivityStore(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
		DailyActivityCollection.indexes().forEach(this.mongo.indexOps(DailyActivityCollection.COLLECTION)::createIndex);
	}

	@Override
	public int merge(String userId, Collection<DailyActivity> days, Source source) {
		Map<String, Map<String, Object>> reported = new LinkedHashMap<>();
		for (DailyActivity day : days) {
			Map<String, Object> values = values(day);
			if (!values.isEmpty()) {
				reported.merge(DailyActivityCollection.id(userId, day.day()), values, (a, b) -> {
					a.putAll(b);
					return a;
				});
			}
		}
		if (reported.isEmpty()) {
			return 0;
		}
		Map<String, Document> stored = stored(reported.keySet());
		BulkOperations bulk = this.mongo.bulkOps(BulkMode.UNORDERED, DailyActivityCollection.COLLECTION);
		int written = 0;
		for (Map.Entry<String, Map<String, Object>> entry : reported.entrySet()) {
			if (unchanged(stored.get(entry.getKey()), entry.getValue())) {
				continue;
			}
			String localDate = entry.getKey().substring(userId.length() + 1);
			Update update = new Update().set(DailyActivityCollection.USER_ID, userId)
				.set(DailyActivityCollection.LOCAL_DATE, localDate);
			entry.getValue().forEach(update::set);
			update.set(DailyActivityCollection.SOURCE, Provenance.toDocument(source))
				.set(DailyActivityCollection.UPDATED_AT, Date.from(this.clock.instant()));
			bulk.upsert(Query.query(Criteria.where(DailyActivityCollection.ID).is(entry.getKey())), update);
			written++;
		}
		if (written > 0) {
			bulk.execute();
		}
		return written;
	}

	@Override
	public int clear(String userId, Collection<LocalDate> days, DailyMetric metric) {
		if (days.isEmpty()) {
			return 0;
		}
		List<String> ids = days.stream().map((day) -> DailyActivityCollection.id(userId, day)).toList();
		Query holding = Query
			.query(Criteria.where(DailyActivityCollection.ID).in(ids).and(metric.field()).exists(true));
		long changed = this.mongo
			.updateMulti(holding,
					new Update().unset(metric.field())
						.set(DailyActivityCollection.UPDATED_AT, Date.from(this.clock.instant())),
					DailyActivityCollection.COLLECTION)
			.getModifiedCount();
		Criteria empty = Criteria.where(DailyActivityCollection.ID).in(ids);
		for (DailyMetric any : DailyMetric.values()) {
			empty = empty.and(any.field()).exists(false);
		}
		this.mongo.remove(Query.query(empty), DailyActivityCollection.COLLECTION);
		return (int) changed;
	}

	@Override
	public long purge(String userId) {
		return this.mongo
			.remove(Query.query(Criteria.where(DailyActivityCollection.USER_ID).is(userId)),
					DailyActivityCollection.COLLECTION)
			.getDeletedCount();
	}

	private static Map<String, Object> values(DailyActivity day) {
		Map<String, Object> values = new HashMap<>();
		putIfPresent(values, DailyActivityCollection.STEPS, day.steps());
		putIfPresent(values, DailyActivityCollection.DISTANCE_METERS, day.distanceMeters());
		putIfPresent(values, DailyActivityCollection.ACTIVE_KCAL, day.activeKcal());
		putIfPresent(values, DailyActivityCollection.TOTAL_KCAL, day.totalKcal());
		return values;
	}

	private static void putIfPresent(Map<String, Object> values, String name, @Nullable Object value) {
		if (value != null) {
			values.put(name, value);
		}
	}

	private static boolean unchanged(@Nullable Document stored, Map<String, Object> values) {
		if (stored == null) {
			return false;
		}
		return values.entrySet()
			.stream()
			.allMatch((entry) -> Objects.equals(stored.get(entry.getKey()), entry.getValue()));
	}

	private Map<String, Document> stored(Collection<String> ids) {
		Map<String, Document> stored = new HashMap<>();
		for (Document document : this.mongo.find(Query.query(Criteria.where(DailyActivityCollection.ID).in(ids)),
				Document.class, DailyActivityCollection.COLLECTION)) {
			stored.put(document.getString(DailyActivityCollection.ID), document);
		}
		return stored;
	}

}

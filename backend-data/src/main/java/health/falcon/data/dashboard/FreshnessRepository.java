package health.falcon.data.dashboard;

import java.time.LocalDate;
import java.util.List;

import health.falcon.data.api.Dashboard.DataFreshness;
import health.falcon.data.stored.StoredValues;
import health.falcon.documents.MeasurementTimeFields;
import health.falcon.documents.activities.ActivitiesCollection;
import health.falcon.documents.connections.ConnectionView;
import health.falcon.documents.connections.ConnectionsCollection;
import health.falcon.documents.daily.DailyActivityCollection;
import health.falcon.documents.heartrate.HeartRateDaysCollection;
import health.falcon.documents.hrv.HrvRecordingsCollection;
import health.falcon.documents.nutrition.NutritionDaysCollection;
import health.falcon.documents.sleep.SleepSessionsCollection;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * Reads the user's connections and the latest stored point of each kind of data, at any
 * time: one query each, sorted on an indexed key (or the {@code _id}, whose
 * {@code <userId>:} or {@code <userId>/} prefix is a range), limited to one document and
 * projected to its date.
 */
@Repository
class FreshnessRepository {

	private final MongoTemplate template;

	FreshnessRepository(MongoTemplate template) {
		this.template = template;
	}

	/**
	 * The user's connections, status members only (never tokens or leases), by the
	 * {@code _id} prefix {@code <userId>:}, in provider order.
	 */
	List<ConnectionView> connections(String userId) {
		Query query = Query
			.query(idPrefix(ConnectionsCollection.ID, userId + ":", userId + ";").and(ConnectionsCollection.USER_ID)
				.is(userId))
			.with(Sort.by(ConnectionsCollection.PROVIDER));
		query.fields().include(ConnectionView.FIELDS.toArray(String[]::new));
		return this.template.find(query, ConnectionView.class);
	}

	/**
	 * The latest day with heart-rate samples.
	 * @return the date, {@code null} without any
	 */
	@Nullable LocalDate lastHeartRateDay(String userId) {
		Query query = Query
			.query(idPrefix(HeartRateDaysCollection.ID, userId + ":", userId + ";").and(HeartRateDaysCollection.USER_ID)
				.is(userId)
				.and(HeartRateDaysCollection.SAMPLE_COUNT)
				.gt(0));
		return lastDate(query, HeartRateDaysCollection.ID, HeartRateDaysCollection.LOCAL_DATE,
				HeartRateDaysCollection.COLLECTION);
	}

	/**
	 * The latest day of {@code daily_activity}.
	 * @return the date, {@code null} without any
	 */
	@Nullable LocalDate lastActivityDay(String userId) {
		return lastDate(Query.query(Criteria.where(DailyActivityCollection.USER_ID).is(userId)),
				DailyActivityCollection.LOCAL_DATE, DailyActivityCollection.LOCAL_DATE,
				DailyActivityCollection.COLLECTION);
	}

	/**
	 * The latest day of {@code nutrition_days}, of either channel.
	 * @return the date, {@code null} without any
	 */
	@Nullable LocalDate lastNutritionDay(String userId) {
		// '0' follows '/', so this is exactly the user's _id prefix
		Query query = Query
			.query(idPrefix(NutritionDaysCollection.ID, userId + "/", userId + "0").and(NutritionDaysCollection.USER_ID)
				.is(userId));
		return lastDate(query, NutritionDaysCollection.ID, NutritionDaysCollection.DATE,
				NutritionDaysCollection.COLLECTION);
	}

	/**
	 * The latest sleep session (a nap too): its date of sleep and end.
	 */
	DataFreshness lastSleep(String userId, String kind) {
		Query query = Query.query(Criteria.where(SleepSessionsCollection.USER_ID).is(userId))
			.with(Sort.by(Direction.DESC, SleepSessionsCollection.DATE_OF_SLEEP, SleepSessionsCollection.END))
			.limit(1);
		query.fields().include(SleepSessionsCollection.DATE_OF_SLEEP, SleepSessionsCollection.END);
		Document sleep = this.template.findOne(query, Document.class, SleepSessionsCollection.COLLECTION);
		if (sleep == null) {
			return new DataFreshness(kind, null, null);
		}
		return new DataFreshness(kind, StoredValues.date(sleep, SleepSessionsCollection.DATE_OF_SLEEP),
				sleep.getDate(SleepSessionsCollection.END).toInstant());
	}

	/**
	 * The latest HRV recording that is not of a file deleted in Dropbox.
	 */
	DataFreshness lastHrv(String userId, String kind) {
		String start = HrvRecordingsCollection.START;
		Query query = Query
			.query(Criteria.where(HrvRecordingsCollection.USER_ID)
				.is(userId)
				.and(RecordsRepository.SOURCE_DELETED)
				.ne(true))
			.with(Sort.by(Direction.DESC, start + "." + MeasurementTimeFields.INSTANT))
			.limit(1);
		query.fields().include(start);
		Document recording = this.template.findOne(query, Document.class, HrvRecordingsCollection.COLLECTION);
		return measured(kind, (recording != null) ? recording.get(start, Document.class) : null);
	}

	/**
	 * The latest activity that is not soft-deleted.
	 */
	DataFreshness lastActivity(String userId, String kind) {
		Query query = Query
			.query(Criteria.where(ActivitiesCollection.USER_ID).is(userId).and(ActivitiesCollection.DELETED).ne(true))
			.with(Sort.by(Direction.DESC, ActivitiesCollection.TIME_INSTANT))
			.limit(1);
		query.fields().include(ActivitiesCollection.TIME);
		Document activity = this.template.findOne(query, Document.class, ActivitiesCollection.COLLECTION);
		return measured(kind, (activity != null) ? activity.get(ActivitiesCollection.TIME, Document.class) : null);
	}

	private @Nullable LocalDate lastDate(Query query, String sortKey, String dateField, String collection) {
		query.with(Sort.by(Direction.DESC, sortKey)).limit(1);
		query.fields().include(dateField);
		return StoredValues.date(this.template.findOne(query, Document.class, collection), dateField);
	}

	/**
	 * The freshness of a data point from its stored measurement time
	 * ({@link MeasurementTimeFields}).
	 */
	private static DataFreshness measured(String kind, @Nullable Document time) {
		return new DataFreshness(kind, StoredValues.date(time, MeasurementTimeFields.LOCAL_DATE),
				StoredValues.instant(time, MeasurementTimeFields.INSTANT));
	}

	private static Criteria idPrefix(String id, String from, String before) {
		return Criteria.where(id).gte(from).lt(before);
	}

}

package health.falcon.data.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import health.falcon.data.api.Dashboard;
import health.falcon.data.api.Dashboard.DataFreshness;
import health.falcon.data.series.Sources;
import health.falcon.documents.MeasurementTimeFields;
import health.falcon.documents.activities.ActivitiesCollection;
import health.falcon.documents.bloodpressure.BloodPressureCollection;
import health.falcon.documents.connections.ConnectionView;
import health.falcon.documents.connections.ConnectionsCollection;
import health.falcon.documents.hrv.HrvRecordingsCollection;
import health.falcon.documents.sleep.SleepSessionsCollection;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * Reads the per-record collections ({@code sleep_sessions}, {@code blood_pressure},
 * {@code hrv_recordings}, {@code activities}) and the user's {@code connections}: each
 * read is one query that starts with the {@code userId} of an index (or the {@code _id}
 * prefix), projected to the members shown, and either limited to one document or to a
 * range of local dates.
 */
@Repository
class RecordsRepository {

	private static final String SOURCE_DELETED = "source.deleted";

	private static final String ORIGIN = "origin";

	private final MongoTemplate template;

	RecordsRepository(MongoTemplate template) {
		this.template = template;
	}

	/**
	 * The main sleep of the latest date of sleep on or after a date.
	 * @return the sleep, {@code null} without one
	 */
	Dashboard.@Nullable Sleep lastNight(String userId, LocalDate earliest) {
		Query query = Query
			.query(Criteria.where(SleepSessionsCollection.USER_ID)
				.is(userId)
				.and(SleepSessionsCollection.DATE_OF_SLEEP)
				.gte(earliest.toString())
				.and(SleepSessionsCollection.MAIN_SLEEP)
				.is(true))
			.with(Sort.by(Direction.DESC, SleepSessionsCollection.DATE_OF_SLEEP, SleepSessionsCollection.START))
			.limit(1);
		query.fields()
			.include(SleepSessionsCollection.DATE_OF_SLEEP, SleepSessionsCollection.START, SleepSessionsCollection.END,
					SleepSessionsCollection.MINUTES_ASLEEP, SleepSessionsCollection.MINUTES_AWAKE,
					SleepSessionsCollection.EFFICIENCY, SleepSessionsCollection.STAGE_MINUTES,
					SleepSessionsCollection.SOURCE);
		Document night = this.template.findOne(query, Document.class, SleepSessionsCollection.COLLECTION);
		if (night == null) {
			return null;
		}
		Instant start = night.getDate(SleepSessionsCollection.START).toInstant();
		Instant end = night.getDate(SleepSessionsCollection.END).toInstant();
		return new Dashboard.Sleep(LocalDate.parse(night.getString(SleepSessionsCollection.DATE_OF_SLEEP)), start, end,
				(end.getEpochSecond() - start.getEpochSecond()) / 60,
				integer(night.get(SleepSessionsCollection.MINUTES_ASLEEP)),
				integer(night.get(SleepSessionsCollection.MINUTES_AWAKE)),
				integer(night.get(SleepSessionsCollection.EFFICIENCY)),
				stages(night.get(SleepSessionsCollection.STAGE_MINUTES, Document.class)),
				Sources.name(night.get(SleepSessionsCollection.SOURCE, Document.class)));
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
		return new DataFreshness(kind, LocalDate.parse(sleep.getString(SleepSessionsCollection.DATE_OF_SLEEP)),
				sleep.getDate(SleepSessionsCollection.END).toInstant());
	}

	/**
	 * The latest blood-pressure reading that is not of a file deleted in Dropbox.
	 * @return the reading, {@code null} without one
	 */
	Dashboard.@Nullable BloodPressure lastBloodPressure(String userId) {
		Document reading = latest(BloodPressureCollection.COLLECTION, BloodPressureCollection.USER_ID, userId,
				BloodPressureCollection.TIME, BloodPressureCollection.SYSTOLIC, BloodPressureCollection.DIASTOLIC,
				BloodPressureCollection.PULSE, BloodPressureCollection.SOURCE + "." + ORIGIN);
		Integer systolic = (reading != null) ? integer(reading.get(BloodPressureCollection.SYSTOLIC)) : null;
		Integer diastolic = (reading != null) ? integer(reading.get(BloodPressureCollection.DIASTOLIC)) : null;
		if (systolic == null || diastolic == null) {
			return null;
		}
		Document time = reading.get(BloodPressureCollection.TIME, Document.class);
		Document source = reading.get(BloodPressureCollection.SOURCE, Document.class);
		Object origin = (source != null) ? source.get(ORIGIN) : null;
		return new Dashboard.BloodPressure(systolic, diastolic, integer(reading.get(BloodPressureCollection.PULSE)),
				time.getDate(MeasurementTimeFields.INSTANT).toInstant(),
				LocalDate.parse(time.getString(MeasurementTimeFields.LOCAL_DATE)),
				(origin != null) ? "dropbox/" + origin.toString().toLowerCase(Locale.ROOT) : null);
	}

	/**
	 * The latest HRV recording that is not of a file deleted in Dropbox.
	 */
	DataFreshness lastHrv(String userId, String kind) {
		Document recording = latest(HrvRecordingsCollection.COLLECTION, HrvRecordingsCollection.USER_ID, userId,
				HrvRecordingsCollection.START);
		return measured(kind,
				(recording != null) ? recording.get(HrvRecordingsCollection.START, Document.class) : null);
	}

	/**
	 * The activities (soft-deleted ones left out) whose local date lies in a range,
	 * newest first.
	 */
	List<ActivityRow> activities(String userId, LocalDate first, LocalDate last) {
		Query query = Query
			.query(Criteria.where(ActivitiesCollection.USER_ID)
				.is(userId)
				.and(ActivitiesCollection.DELETED)
				.ne(true)
				.and(ActivitiesCollection.TIME_LOCAL_DATE)
				.gte(first.toString())
				.lte(last.toString()))
			.with(Sort.by(Direction.DESC, ActivitiesCollection.TIME_INSTANT));
		query.fields()
			.include(ActivitiesCollection.SPORT_TYPE, ActivitiesCollection.TIME, ActivitiesCollection.DISTANCE_METERS,
					ActivitiesCollection.MOVING_SECONDS, ActivitiesCollection.ENERGY_KCAL);
		return this.template.find(query, Document.class, ActivitiesCollection.COLLECTION)
			.stream()
			.map(RecordsRepository::activity)
			.toList();
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

	/**
	 * The user's connections, status members only (never tokens or leases), by the
	 * {@code _id} prefix {@code <userId>:}.
	 */
	List<ConnectionView> connections(String userId) {
		Query query = Query
			.query(Criteria.where(ConnectionsCollection.ID)
				.gte(userId + ":")
				.lt(userId + ";")
				.and(ConnectionsCollection.USER_ID)
				.is(userId))
			.with(Sort.by(ConnectionsCollection.PROVIDER));
		query.fields().include(ConnectionView.FIELDS.toArray(String[]::new));
		return this.template.find(query, ConnectionView.class);
	}

	private @Nullable Document latest(String collection, String userField, String userId, String time,
			String... fields) {
		Query query = Query.query(Criteria.where(userField).is(userId).and(SOURCE_DELETED).ne(true))
			.with(Sort.by(Direction.DESC, time + "." + MeasurementTimeFields.INSTANT))
			.limit(1);
		query.fields().include(time).include(fields);
		return this.template.findOne(query, Document.class, collection);
	}

	private static ActivityRow activity(Document document) {
		Document time = document.get(ActivitiesCollection.TIME, Document.class);
		Object sport = document.get(ActivitiesCollection.SPORT_TYPE);
		Object moving = document.get(ActivitiesCollection.MOVING_SECONDS);
		return new ActivityRow((sport != null) ? sport.toString() : "OTHER",
				LocalDate.parse(time.getString(MeasurementTimeFields.LOCAL_DATE)),
				time.getDate(MeasurementTimeFields.INSTANT).toInstant(),
				decimal(document.get(ActivitiesCollection.DISTANCE_METERS)),
				(moving instanceof Number number) ? number.longValue() : null,
				decimal(document.get(ActivitiesCollection.ENERGY_KCAL)));
	}

	private static DataFreshness measured(String kind, @Nullable Document time) {
		if (time == null) {
			return new DataFreshness(kind, null, null);
		}
		Date instant = time.getDate(MeasurementTimeFields.INSTANT);
		Object date = time.get(MeasurementTimeFields.LOCAL_DATE);
		return new DataFreshness(kind, (date instanceof String text) ? LocalDate.parse(text) : null,
				(instant != null) ? instant.toInstant() : null);
	}

	private static Map<String, Integer> stages(@Nullable Document minutes) {
		Map<String, Integer> stages = new TreeMap<>();
		if (minutes != null) {
			minutes.forEach((level, value) -> {
				if (value instanceof Number number) {
					stages.put(level, number.intValue());
				}
			});
		}
		return stages;
	}

	private static @Nullable Integer integer(@Nullable Object value) {
		return (value instanceof Number number) ? number.intValue() : null;
	}

	private static @Nullable Double decimal(@Nullable Object value) {
		return (value instanceof Number number) ? number.doubleValue() : null;
	}

}

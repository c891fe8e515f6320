package health.falcon.data.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import health.falcon.data.api.Dashboard;
import health.falcon.data.stored.Sources;
import health.falcon.data.stored.StoredValues;
import health.falcon.documents.MeasurementTimeFields;
import health.falcon.documents.activities.ActivitiesCollection;
import health.falcon.documents.bloodpressure.BloodPressureCollection;
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
 * Reads the per-record collections the dashboard shows: last night's sleep
 * ({@code sleep_sessions}, index {@code user_date}), the latest blood pressure
 * ({@code blood_pressure}, on the {@code userId} prefix of {@code user_dropbox_file}) and
 * the activities of a range of local dates ({@code userId} prefix of
 * {@code natural_key}); each one query projected to the members shown.
 */
@Repository
class RecordsRepository {

	/** {@code true} on a Dropbox row once its file was deleted in Dropbox. */
	static final String SOURCE_DELETED = "source.deleted";

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
				StoredValues.integer(night.get(SleepSessionsCollection.MINUTES_ASLEEP)),
				StoredValues.integer(night.get(SleepSessionsCollection.MINUTES_AWAKE)),
				StoredValues.integer(night.get(SleepSessionsCollection.EFFICIENCY)),
				stages(night.get(SleepSessionsCollection.STAGE_MINUTES, Document.class)),
				Sources.name(night.get(SleepSessionsCollection.SOURCE, Document.class)));
	}

	/**
	 * The latest blood-pressure reading that is not of a file deleted in Dropbox.
	 * @return the reading, {@code null} without one
	 */
	Dashboard.@Nullable BloodPressure lastBloodPressure(String userId) {
		Document reading = latest(BloodPressureCollection.COLLECTION, BloodPressureCollection.USER_ID, userId,
				BloodPressureCollection.TIME, BloodPressureCollection.SYSTOLIC, BloodPressureCollection.DIASTOLIC,
				BloodPressureCollection.PULSE, BloodPressureCollection.SOURCE + "." + ORIGIN);
		Integer systolic = (reading != null) ? StoredValues.integer(reading.get(BloodPressureCollection.SYSTOLIC))
				: null;
		Integer diastolic = (reading != null) ? StoredValues.integer(reading.get(BloodPressureCollection.DIASTOLIC))
				: null;
		if (systolic == null || diastolic == null) {
			return null;
		}
		Document time = reading.get(BloodPressureCollection.TIME, Document.class);
		Document source = reading.get(BloodPressureCollection.SOURCE, Document.class);
		Object origin = (source != null) ? source.get(ORIGIN) : null;
		return new Dashboard.BloodPressure(systolic, diastolic,
				StoredValues.integer(reading.get(BloodPressureCollection.PULSE)),
				time.getDate(MeasurementTimeFields.INSTANT).toInstant(),
				LocalDate.parse(time.getString(MeasurementTimeFields.LOCAL_DATE)),
				(origin != null) ? "dropbox/" + origin.toString().toLowerCase(Locale.ROOT) : null);
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
				StoredValues.decimal(document.get(ActivitiesCollection.DISTANCE_METERS)),
				(moving instanceof Number number) ? number.longValue() : null,
				StoredValues.decimal(document.get(ActivitiesCollection.ENERGY_KCAL)));
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

}

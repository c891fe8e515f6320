package health.falcon.data.insights.training;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NavigableMap;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import health.falcon.data.stored.Sources;
import health.falcon.data.stored.StoredValues;
import health.falcon.documents.MeasurementTimeFields;
import health.falcon.documents.activities.ActivitiesCollection;
import health.falcon.documents.heartrate.HeartRateDaysCollection;
import health.falcon.documents.heartrate.MinuteRollups;
import health.falcon.documents.heartrate.SampleKeys;
import health.falcon.documents.settings.HeartRateSettings;
import org.bson.Document;
import org.bson.types.Binary;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * Reads what the training load needs, every query scoped to one user: {@code activities}
 * (writer: fitness-service; deleted ones left out, by their stored local date), the
 * summaries of {@code heart_rate_days} (writer: fitbit-service; resting heart rate and
 * the day's maximum) and, only for the days an activity touches, their per-minute
 * rollups; and the heart-rate settings of {@code user_settings} (writer: backend-server).
 */
@Repository
class TrainingRepository {

	private final MongoTemplate template;

	TrainingRepository(MongoTemplate template) {
		this.template = template;
	}

	HeartRateSettings settings(String userId) {
		return HeartRateSettings.of(this.template, userId);
	}

	/**
	 * Return the user's activities that started on a local date between two dates, in
	 * start order.
	 */
	List<StoredActivity> activities(String userId, LocalDate first, LocalDate last) {
		Query query = Query
			.query(Criteria.where(ActivitiesCollection.USER_ID)
				.is(userId)
				.and(ActivitiesCollection.TIME_LOCAL_DATE)
				.gte(first.toString())
				.lte(last.toString())
				.and(ActivitiesCollection.DELETED)
				.ne(true))
			.with(Sort.by(ActivitiesCollection.TIME_INSTANT, ActivitiesCollection.ID));
		query.fields()
			.include(ActivitiesCollection.NAME, ActivitiesCollection.SPORT_TYPE, ActivitiesCollection.TIME,
					ActivitiesCollection.ELAPSED_SECONDS, ActivitiesCollection.MOVING_SECONDS,
					ActivitiesCollection.AVERAGE_HEART_RATE_BPM, ActivitiesCollection.MAX_HEART_RATE_BPM,
					ActivitiesCollection.SOURCE);
		List<StoredActivity> activities = new ArrayList<>();
		for (Document document : this.template.find(query, Document.class, ActivitiesCollection.COLLECTION)) {
			Document time = StoredValues.document(document, ActivitiesCollection.TIME);
			LocalDate date = StoredValues.date(time, MeasurementTimeFields.LOCAL_DATE);
			Instant start = StoredValues.instant(time, MeasurementTimeFields.INSTANT);
			if (date == null || start == null) {
				continue;
			}
			activities.add(new StoredActivity(document.getString(ActivitiesCollection.ID), date, start,
					StoredValues.string(document, ActivitiesCollection.NAME),
					StoredValues.string(document, ActivitiesCollection.SPORT_TYPE),
					seconds(document, ActivitiesCollection.ELAPSED_SECONDS),
					seconds(document, ActivitiesCollection.MOVING_SECONDS),
					StoredValues.decimal(document, ActivitiesCollection.AVERAGE_HEART_RATE_BPM),
					StoredValues.decimal(document, ActivitiesCollection.MAX_HEART_RATE_BPM),
					Sources.name(StoredValues.document(document, ActivitiesCollection.SOURCE))));
		}
		return activities;
	}

	/**
	 * Return the resting heart rate and the maximum of the user's stored heart-rate days
	 * between two local dates (the summaries only, never the rollups).
	 */
	HeartRateDays days(String userId, LocalDate first, LocalDate last) {
		Query query = Query
			.query(Criteria.where(HeartRateDaysCollection.USER_ID)
				.is(userId)
				.and(HeartRateDaysCollection.LOCAL_DATE)
				.gte(first.toString())
				.lte(last.toString()))
			.with(Sort.by(HeartRateDaysCollection.LOCAL_DATE));
		query.fields()
			.include(HeartRateDaysCollection.LOCAL_DATE, HeartRateDaysCollection.RESTING_BPM,
					HeartRateDaysCollection.RESTING_SOURCE, HeartRateDaysCollection.MAX_BPM,
					HeartRateDaysCollection.SAMPLE_COUNT);
		SortedMap<LocalDate, Integer> resting = new TreeMap<>();
		SortedMap<LocalDate, Integer> maxima = new TreeMap<>();
		Set<String> sources = new LinkedHashSet<>();
		for (Document document : this.template.find(query, Document.class, HeartRateDaysCollection.COLLECTION)) {
			LocalDate day = LocalDate.parse(document.getString(HeartRateDaysCollection.LOCAL_DATE));
			Integer restingBpm = StoredValues.integer(document, HeartRateDaysCollection.RESTING_BPM);
			if (restingBpm != null && restingBpm > 0) {
				resting.put(day, restingBpm);
				addSource(sources, StoredValues.document(document, HeartRateDaysCollection.RESTING_SOURCE));
			}
			Integer count = StoredValues.integer(document, HeartRateDaysCollection.SAMPLE_COUNT);
			Integer max = StoredValues.integer(document, HeartRateDaysCollection.MAX_BPM);
			if (count != null && count > 0 && max != null) {
				maxima.put(day, max);
			}
		}
		return new HeartRateDays(resting, maxima, List.copyOf(sources));
	}

	/**
	 * Return the per-minute mean heart rate of the user's stored heart-rate days, by the
	 * epoch minute (UTC) each rollup stands for.
	 * @param days the local days of the documents to read
	 */
	NavigableMap<Long, Double> minutes(String userId, Collection<LocalDate> days) {
		NavigableMap<Long, Double> minutes = new TreeMap<>();
		if (days.isEmpty()) {
			return minutes;
		}
		Query query = Query.query(Criteria.where(HeartRateDaysCollection.ID)
			.in(days.stream().map((day) -> HeartRateDaysCollection.id(userId, day)).toList())
			.and(HeartRateDaysCollection.USER_ID)
			.is(userId));
		query.fields().include(HeartRateDaysCollection.LOCAL_DATE, HeartRateDaysCollection.ROLLUPS);
		for (Document document : this.template.find(query, Document.class, HeartRateDaysCollection.COLLECTION)) {
			LocalDate day = LocalDate.parse(document.getString(HeartRateDaysCollection.LOCAL_DATE));
			Binary packed = document.get(HeartRateDaysCollection.ROLLUPS, Binary.class);
			MinuteRollups rollups = MinuteRollups.decode((packed != null) ? packed.getData() : null);
			long baseMinute = SampleKeys.base(day) / 60;
			for (int i = 0; i < rollups.size(); i++) {
				if (rollups.count()[i] > 0) {
					minutes.put(baseMinute + rollups.minutes()[i], (double) rollups.sum()[i] / rollups.count()[i]);
				}
			}
		}
		return minutes;
	}

	private static void addSource(Set<String> sources, @Nullable Document source) {
		String name = Sources.name(source);
		if (name != null) {
			sources.add(name);
		}
	}

	private static @Nullable Long seconds(Document document, String key) {
		Object value = document.get(key);
		return (value instanceof Number number) ? number.longValue() : null;
	}

}

package health.falcon.data.insights.baselines;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import health.falcon.data.insights.DailyValues;
import health.falcon.data.stored.Sources;
import health.falcon.data.stored.StoredValues;
import health.falcon.documents.MeasurementTimeFields;
import health.falcon.documents.heartrate.HeartRateDaysCollection;
import health.falcon.documents.hrv.HrvRecordingsCollection;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * Reads the daily values of the baselines, every query scoped to one user: the resting
 * heart rate of {@code heart_rate_days} (writer: fitbit-service, {@code restingBpm}) and
 * the RMSSD of {@code hrv_recordings} (writer: dropbox-ingest): per local date of the
 * recording's start the first recording of the day (the morning measurement HRV protocols
 * ask for), its stated RMSSD, else the one recomputed from its beats; rows of files
 * deleted in Dropbox left out.
 */
@Repository
class BaselinesRepository {

	private static final String RMSSD = "RMSSD";

	private static final String START_DATE = HrvRecordingsCollection.START + "." + MeasurementTimeFields.LOCAL_DATE;

	private static final String START_INSTANT = HrvRecordingsCollection.START + "." + MeasurementTimeFields.INSTANT;

	private final MongoTemplate template;

	BaselinesRepository(MongoTemplate template) {
		this.template = template;
	}

	/**
	 * Return the resting heart rate (bpm) of each local date between two dates that has
	 * one.
	 */
	DailyValues restingHeartRate(String userId, LocalDate first, LocalDate last) {
		Query query = Query
			.query(Criteria.where(HeartRateDaysCollection.USER_ID)
				.is(userId)
				.and(HeartRateDaysCollection.LOCAL_DATE)
				.gte(first.toString())
				.lte(last.toString()))
			.with(Sort.by(HeartRateDaysCollection.LOCAL_DATE));
		query.fields()
			.include(HeartRateDaysCollection.LOCAL_DATE, HeartRateDaysCollection.RESTING_BPM,
					HeartRateDaysCollection.RESTING_SOURCE);
		SortedMap<LocalDate, Double> values = new TreeMap<>();
		Set<String> sources = new LinkedHashSet<>();
		for (Document document : this.template.find(query, Document.class, HeartRateDaysCollection.COLLECTION)) {
			Double resting = StoredValues.decimal(document, HeartRateDaysCollection.RESTING_BPM);
			if (resting != null && resting > 0) {
				values.put(LocalDate.parse(document.getString(HeartRateDaysCollection.LOCAL_DATE)), resting);
				add(sources, Sources.name(StoredValues.document(document, HeartRateDaysCollection.RESTING_SOURCE)));
			}
		}
		return new DailyValues(values, List.copyOf(sources));
	}

	/**
	 * Return the RMSSD (ms) of the first recording of each local date between two dates
	 * that has one.
	 */
	DailyValues rmssd(String userId, LocalDate first, LocalDate last) {
		Query query = Query
			.query(Criteria.where(HrvRecordingsCollection.USER_ID)
				.is(userId)
				.and(START_DATE)
				.gte(first.toString())
				.lte(last.toString())
				.and(HrvRecordingsCollection.SOURCE + ".deleted")
				.ne(true))
			.with(Sort.by(START_INSTANT, HrvRecordingsCollection.ID));
		query.fields()
			.include(HrvRecordingsCollection.START, HrvRecordingsCollection.METRICS, HrvRecordingsCollection.RECOMPUTED,
					HrvRecordingsCollection.SOURCE);
		SortedMap<LocalDate, Double> values = new TreeMap<>();
		Set<String> sources = new LinkedHashSet<>();
		for (Document document : this.template.find(query, Document.class, HrvRecordingsCollection.COLLECTION)) {
			LocalDate day = StoredValues.date(StoredValues.document(document, HrvRecordingsCollection.START),
					MeasurementTimeFields.LOCAL_DATE);
			Double rmssd = rmssd(document);
			if (day != null && rmssd != null && rmssd > 0 && !values.containsKey(day)) {
				values.put(day, rmssd);
				add(sources, Sources.file(StoredValues.document(document, HrvRecordingsCollection.SOURCE)));
			}
		}
		return new DailyValues(values, List.copyOf(sources));
	}

	private static @Nullable Double rmssd(Document recording) {
		for (Document metric : StoredValues.documents(recording, HrvRecordingsCollection.METRICS)) {
			Double value = StoredValues.decimal(metric, "value");
			if (RMSSD.equals(metric.get("name")) && value != null) {
				return value;
			}
		}
		return StoredValues.decimal(StoredValues.document(recording, HrvRecordingsCollection.RECOMPUTED), "rmssd");
	}

	private static void add(Set<String> sources, @Nullable String source) {
		if (source != null) {
			sources.add(source);
		}
	}

}

package health.falcon.data.metrics;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import health.falcon.data.stored.Sources;
import health.falcon.documents.MeasurementTimeFields;
import health.falcon.documents.bloodpressure.BloodPressureCollection;
import health.falcon.documents.hrv.HrvRecordingsCollection;
import health.falcon.documents.sleep.SleepSessionsCollection;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * Reads the metrics stored as sessions or readings: {@code sleep_sessions} (writer:
 * fitbit-service; a session counts for its {@code dateOfSleep}), {@code blood_pressure}
 * and {@code hrv_recordings} (writer: dropbox-ingest; a reading counts for the local date
 * it was measured on, {@code time.localDate} / {@code start.localDate}, in the zone it
 * was measured in). Rows whose Dropbox file was deleted ({@code source.deleted}) are left
 * out. An HRV recording's RMSSD is the one its report states; where the report states
 * none ({@code N/A}) the one dropbox-ingest recomputed from the RR series.
 */
@Repository
class ReadingsRepository {

	private static final String DELETED = BloodPressureCollection.SOURCE + ".deleted";

	private static final String SDNN = "SDNN";

	private static final String RECOMPUTED_RMSSD = HrvRecordingsCollection.RECOMPUTED + ".rmssd";

	private final MongoTemplate template;

	ReadingsRepository(MongoTemplate template) {
		this.template = template;
	}

	/**
	 * Return the user's sessions or readings of a metric between two local dates, in time
	 * order.
	 * @param metric {@code sleep-duration}, {@code blood-pressure} or {@code hrv-rmssd}
	 * @param first the first local date, inclusive
	 * @param last the last local date, inclusive
	 */
	List<Reading> readings(String userId, DailyMetric metric, LocalDate first, LocalDate last) {
		return switch (metric.store()) {
			case SLEEP_SESSIONS -> find(userId, SleepSessionsCollection.COLLECTION,
					SleepSessionsCollection.DATE_OF_SLEEP, SleepSessionsCollection.START, first, last)
				.stream()
				.map(ReadingsRepository::sleep)
				.filter((reading) -> reading != null)
				.toList();
			case BLOOD_PRESSURE -> find(userId, BloodPressureCollection.COLLECTION,
					BloodPressureCollection.TIME + "." + MeasurementTimeFields.LOCAL_DATE,
					instant(BloodPressureCollection.TIME), first, last)
				.stream()
				.map(ReadingsRepository::bloodPressure)
				.toList();
			case HRV_RECORDINGS -> find(userId, HrvRecordingsCollection.COLLECTION,
					HrvRecordingsCollection.START + "." + MeasurementTimeFields.LOCAL_DATE,
					instant(HrvRecordingsCollection.START), first, last)
				.stream()
				.map(ReadingsRepository::hrv)
				.filter((reading) -> reading != null)
				.toList();
			default -> throw new IllegalArgumentException("not sessions or readings: " + metric);
		};
	}

	private List<Document> find(String userId, String collection, String date, String order, LocalDate first,
			LocalDate last) {
		Query query = Query
			.query(Criteria.where(BloodPressureCollection.USER_ID)
				.is(userId)
				.and(date)
				.gte(first.toString())
				.lte(last.toString())
				.and(DELETED)
				.ne(true))
			.with(Sort.by(order));
		query.fields()
			.exclude(HrvRecordingsCollection.RR, SleepSessionsCollection.STAGES, HrvRecordingsCollection.INTERVALS);
		return this.template.find(query, Document.class, collection);
	}

	private static @Nullable Reading sleep(Document session) {
		if (!(session.get(SleepSessionsCollection.MINUTES_ASLEEP) instanceof Number asleep)) {
			return null;
		}
		Map<String, Double> stages = new LinkedHashMap<>();
		Document minutes = session.get(SleepSessionsCollection.STAGE_MINUTES, Document.class);
		if (minutes != null) {
			minutes.forEach((level, value) -> {
				if (value instanceof Number number) {
					stages.put(level, number.doubleValue());
				}
			});
		}
		return new Reading(LocalDate.parse(session.getString(SleepSessionsCollection.DATE_OF_SLEEP)),
				session.getDate(SleepSessionsCollection.START).toInstant(), asleep.doubleValue(), stages,
				Sources.name(session.get(SleepSessionsCollection.SOURCE, Document.class)),
				offset(session.get(SleepSessionsCollection.OFFSET)));
	}

	private static Reading bloodPressure(Document reading) {
		Document time = reading.get(BloodPressureCollection.TIME, Document.class);
		double systolic = number(reading.get(BloodPressureCollection.SYSTOLIC), 0);
		Map<String, Double> parts = new LinkedHashMap<>();
		parts.put(BloodPressureCollection.SYSTOLIC, systolic);
		parts.put(BloodPressureCollection.DIASTOLIC, number(reading.get(BloodPressureCollection.DIASTOLIC), 0));
		if (reading.get(BloodPressureCollection.PULSE) instanceof Number pulse) {
			parts.put(BloodPressureCollection.PULSE, pulse.doubleValue());
		}
		return new Reading(LocalDate.parse(time.getString(MeasurementTimeFields.LOCAL_DATE)),
				time.get(MeasurementTimeFields.INSTANT, Date.class).toInstant(), systolic, parts,
				Sources.file(reading.get(BloodPressureCollection.SOURCE, Document.class)),
				offset(time.get(MeasurementTimeFields.OFFSET)));
	}

	private static @Nullable Reading hrv(Document recording) {
		Double rmssd = stated(recording, DailyMetric.HRV_RMSSD.field());
		if (rmssd == null && recording.getEmbedded(List.of(RECOMPUTED_RMSSD.split("\\.")),
				Object.class) instanceof Number recomputed) {
			rmssd = recomputed.doubleValue();
		}
		if (rmssd == null) {
			return null;
		}
		Document start = recording.get(HrvRecordingsCollection.START, Document.class);
		Double sdnn = stated(recording, SDNN);
		if (sdnn == null && recording.getEmbedded(List.of(HrvRecordingsCollection.RECOMPUTED, "sdnn"),
				Object.class) instanceof Number recomputed) {
			sdnn = recomputed.doubleValue();
		}
		return new Reading(LocalDate.parse(start.getString(MeasurementTimeFields.LOCAL_DATE)),
				start.get(MeasurementTimeFields.INSTANT, Date.class).toInstant(), rmssd,
				(sdnn != null) ? Map.of("sdnn", sdnn) : Map.of(),
				Sources.file(recording.get(HrvRecordingsCollection.SOURCE, Document.class)),
				offset(start.get(MeasurementTimeFields.OFFSET)));
	}

	/**
	 * The value of a metric the recording's report states, {@code null} when it states
	 * none.
	 */
	private static @Nullable Double stated(Document recording, String name) {
		Double stated = null;
		for (Document metric : recording.getList(HrvRecordingsCollection.METRICS, Document.class, List.of())) {
			if (name.equals(metric.getString("name")) && metric.get("value") instanceof Number value) {
				stated = value.doubleValue();
			}
		}
		return stated;
	}

	private static @Nullable ZoneOffset offset(@Nullable Object stored) {
		if (!(stored instanceof String offset)) {
			return null;
		}
		try {
			return ZoneOffset.of(offset);
		}
		catch (DateTimeException ex) {
			// an offset the writer did not write as +hh:mm is left unknown
			return null;
		}
	}

	private static String instant(String time) {
		return time + "." + MeasurementTimeFields.INSTANT;
	}

	private static double number(@Nullable Object value, double otherwise) {
		return (value instanceof Number number) ? number.doubleValue() : otherwise;
	}

}

package health.falcon.data.insights.bloodpressure;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

import health.falcon.data.stored.Sources;
import health.falcon.data.stored.StoredValues;
import health.falcon.documents.MeasurementTimeFields;
import health.falcon.documents.bloodpressure.BloodPressureCollection;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * Reads {@code blood_pressure} (dropbox-ingest writes it) for the insight, the daily
 * signals and the report: one user's readings by their stored local date, oldest first,
 * without the rows of a file deleted in Dropbox. A reading without a time or without both
 * pressures is left out.
 */
@Repository
class ReadingRepository {

	private static final String TIME_INSTANT = BloodPressureCollection.TIME + "." + MeasurementTimeFields.INSTANT;

	private static final String TIME_LOCAL_DATE = BloodPressureCollection.TIME + "." + MeasurementTimeFields.LOCAL_DATE;

	private static final String SOURCE_DELETED = BloodPressureCollection.SOURCE + ".deleted";

	private final MongoOperations mongo;

	ReadingRepository(MongoOperations mongo) {
		this.mongo = mongo;
	}

	/**
	 * Return the user's readings taken from one local date to another, both included.
	 * @param userId the owner
	 * @param from the first local date
	 * @param to the last local date
	 * @return the readings, oldest first
	 */
	List<Reading> find(String userId, LocalDate from, LocalDate to) {
		Query query = Query
			.query(Criteria.where(BloodPressureCollection.USER_ID)
				.is(userId)
				.and(SOURCE_DELETED)
				.ne(true)
				.and(TIME_LOCAL_DATE)
				.gte(from.toString())
				.lte(to.toString()))
			.with(Sort.by(TIME_INSTANT, BloodPressureCollection.ID));
		return this.mongo.find(query, Document.class, BloodPressureCollection.COLLECTION)
			.stream()
			.map(ReadingRepository::reading)
			.filter(Objects::nonNull)
			.toList();
	}

	private static @Nullable Reading reading(Document stored) {
		Document time = StoredValues.document(stored, BloodPressureCollection.TIME);
		Instant instant = StoredValues.instant(time, MeasurementTimeFields.INSTANT);
		Integer systolic = StoredValues.integer(stored, BloodPressureCollection.SYSTOLIC);
		Integer diastolic = StoredValues.integer(stored, BloodPressureCollection.DIASTOLIC);
		if (instant == null || systolic == null || diastolic == null) {
			return null;
		}
		ZoneOffset offset = offset(time, instant);
		LocalDate localDate = StoredValues.date(time, MeasurementTimeFields.LOCAL_DATE);
		Document source = StoredValues.document(stored, BloodPressureCollection.SOURCE);
		return new Reading(String.valueOf(stored.get(BloodPressureCollection.ID)), instant,
				instant.atOffset(offset).toLocalDateTime(), offset.getId().equals("Z") ? "+00:00" : offset.getId(),
				(localDate != null) ? localDate : instant.atOffset(offset).toLocalDate(), systolic, diastolic,
				StoredValues.integer(stored, BloodPressureCollection.PULSE), Sources.file(source),
				StoredValues.string(source, "file"));
	}

	/**
	 * The offset the reading was measured at: the stored offset, else the stored zone's
	 * offset at that instant, else (or when neither parses) UTC.
	 */
	private static ZoneOffset offset(@Nullable Document time, Instant instant) {
		String offset = StoredValues.string(time, MeasurementTimeFields.OFFSET);
		String zone = StoredValues.string(time, MeasurementTimeFields.ZONE_ID);
		try {
			if (offset != null) {
				return ZoneOffset.of(offset);
			}
			return (zone != null) ? ZoneId.of(zone).getRules().getOffset(instant) : ZoneOffset.UTC;
		}
		catch (DateTimeException ex) {
			// One odd document must not fail the whole answer: its time is read as UTC.
			return ZoneOffset.UTC;
		}
	}

}

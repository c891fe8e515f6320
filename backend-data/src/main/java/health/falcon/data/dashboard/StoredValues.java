package health.falcon.data.dashboard;

import java.time.LocalDate;
import java.util.Date;

import health.falcon.data.api.Dashboard.DataFreshness;
import health.falcon.documents.MeasurementTimeFields;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

/**
 * Reads members of stored documents leniently: a member of another type than the writers
 * store reads as absent, so one odd document never fails the whole dashboard.
 */
final class StoredValues {

	private StoredValues() {
	}

	static @Nullable Double decimal(@Nullable Object value) {
		return (value instanceof Number number) ? number.doubleValue() : null;
	}

	static @Nullable Integer integer(@Nullable Object value) {
		return (value instanceof Number number) ? number.intValue() : null;
	}

	/**
	 * A member by its dotted path.
	 * @return the value, {@code null} when a step is missing or not a document
	 */
	static @Nullable Object nested(Document document, String path) {
		Object value = document;
		for (String key : path.split("\\.")) {
			if (!(value instanceof Document parent)) {
				return null;
			}
			value = parent.get(key);
		}
		return value;
	}

	/**
	 * A {@code YYYY-MM-DD} member as a date.
	 * @return the date, {@code null} without a document or a string member
	 */
	static @Nullable LocalDate date(@Nullable Document document, String field) {
		return (document != null && document.get(field) instanceof String date) ? LocalDate.parse(date) : null;
	}

	/**
	 * The freshness of a data point from its stored measurement time
	 * ({@link MeasurementTimeFields}).
	 */
	static DataFreshness measured(String kind, @Nullable Document time) {
		if (time == null) {
			return new DataFreshness(kind, null, null);
		}
		Date instant = time.getDate(MeasurementTimeFields.INSTANT);
		return new DataFreshness(kind, date(time, MeasurementTimeFields.LOCAL_DATE),
				(instant != null) ? instant.toInstant() : null);
	}

}

package health.falcon.data.stored;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import health.falcon.data.api.MeasuredAt;
import health.falcon.documents.MeasurementTimeFields;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

/**
 * Reads members of stored documents as every answer gives them: a member that is missing
 * or of another type is {@code null} (unknown), never 0, so one odd document never fails
 * a whole answer. Every method takes the parent document as {@code null} too (a missing
 * subdocument), and then answers as for a missing member.
 */
public final class StoredValues {

	private StoredValues() {
	}

	private static @Nullable Object member(@Nullable Document document, String key) {
		return (document != null) ? document.get(key) : null;
	}

	/** The member as text. */
	public static @Nullable String string(@Nullable Document document, String key) {
		Object value = member(document, key);
		return (value != null) ? value.toString() : null;
	}

	/** A value read from a document as a double, {@code null} when not a number. */
	public static @Nullable Double decimal(@Nullable Object value) {
		return (value instanceof Number number) ? number.doubleValue() : null;
	}

	/**
	 * A value read from a document as an integer (truncated), {@code null} when not a
	 * number.
	 */
	public static @Nullable Integer integer(@Nullable Object value) {
		return (value instanceof Number number) ? number.intValue() : null;
	}

	/**
	 * A member by its dotted path.
	 * @return the value, {@code null} when a step is missing or not a document
	 */
	public static @Nullable Object nested(@Nullable Document document, String path) {
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
	 * @return the date, {@code null} when missing or not a string
	 */
	public static @Nullable LocalDate date(@Nullable Document document, String key) {
		return (member(document, key) instanceof String date) ? LocalDate.parse(date) : null;
	}

	/** A numeric member as an integer (truncated). */
	public static @Nullable Integer integer(@Nullable Document document, String key) {
		return integer(member(document, key));
	}

	/** A numeric member as a double. */
	public static @Nullable Double decimal(@Nullable Document document, String key) {
		return decimal(member(document, key));
	}

	/** A boolean member. */
	public static @Nullable Boolean bool(@Nullable Document document, String key) {
		Object value = member(document, key);
		return (value instanceof Boolean bool) ? bool : null;
	}

	/** A BSON date member as an instant. */
	public static @Nullable Instant instant(@Nullable Document document, String key) {
		Object value = member(document, key);
		return (value instanceof Date date) ? date.toInstant() : null;
	}

	/** A subdocument member. */
	public static @Nullable Document document(@Nullable Document document, String key) {
		Object value = member(document, key);
		return (value instanceof Document member) ? member : null;
	}

	/** A list of subdocuments, entries of other types left out; empty when missing. */
	public static List<Document> documents(@Nullable Document document, String key) {
		Object value = member(document, key);
		if (!(value instanceof List<?> list)) {
			return List.of();
		}
		return list.stream().filter(Document.class::isInstance).map(Document.class::cast).toList();
	}

	/**
	 * Read a list of strings.
	 * @return the strings, non-string entries left out
	 */
	public static List<String> strings(@Nullable Document document, String key) {
		Object value = member(document, key);
		if (!(value instanceof List<?> list)) {
			return List.of();
		}
		return list.stream().filter(String.class::isInstance).map(String.class::cast).toList();
	}

	/**
	 * Read a list of numbers.
	 * @return the numbers as {@code type}, missing or non-numeric entries left out
	 */
	public static <N> List<N> numbers(@Nullable Document document, String key, Function<Number, N> type) {
		Object value = member(document, key);
		if (!(value instanceof List<?> list)) {
			return List.of();
		}
		return list.stream().filter(Number.class::isInstance).map(Number.class::cast).map(type).toList();
	}

	/**
	 * Read a map of amounts ({@code {kcal: 420.0}}), in stored order.
	 * @return the numeric members, {@code null} when the member is missing
	 */
	public static @Nullable Map<String, Double> amounts(@Nullable Document document, String key) {
		Document amounts = document(document, key);
		if (amounts == null) {
			return null;
		}
		Map<String, Double> result = new LinkedHashMap<>();
		amounts.forEach((name, value) -> {
			if (value instanceof Number number) {
				result.put(name, number.doubleValue());
			}
		});
		return result;
	}

	/**
	 * Read a stored measurement time ({@code MeasurementTimeFields}).
	 * @return the time, {@code null} when missing or without an instant
	 */
	public static @Nullable MeasuredAt measuredAt(@Nullable Document document, String key) {
		Document time = document(document, key);
		Instant instant = instant(time, MeasurementTimeFields.INSTANT);
		String localDate = string(time, MeasurementTimeFields.LOCAL_DATE);
		if (instant == null || localDate == null) {
			return null;
		}
		String offset = string(time, MeasurementTimeFields.OFFSET);
		return new MeasuredAt(instant, LocalDate.parse(localDate), (offset != null) ? offset : "+00:00",
				string(time, MeasurementTimeFields.ZONE_ID),
				Boolean.TRUE.equals(bool(time, MeasurementTimeFields.ZONE_ASSUMED)));
	}

}

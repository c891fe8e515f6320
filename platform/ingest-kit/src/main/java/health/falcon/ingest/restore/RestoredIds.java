package health.falcon.ingest.restore;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.UUID;

import org.bson.Document;
import org.jspecify.annotations.Nullable;

/**
 * Helpers for {@link RestoredCollection#rekey}: the members ids are built from, read
 * strictly, and a derived id for records whose id embeds no user.
 */
public final class RestoredIds {

	private RestoredIds() {
	}

	/**
	 * An id for the new owner's copy of a record whose id embeds no user id (a random
	 * UUID): the same for the same owner and original id, so a second restore replaces
	 * the first copy, and never another user's record.
	 * @param userId the new owner
	 * @param id the record's id in the archive
	 * @return a name-based UUID string
	 */
	public static String derived(String userId, Object id) {
		String name = "falcon-export\n" + userId + "\n" + id;
		return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
	}

	/**
	 * A string member, possibly nested ({@code source.sha256}).
	 * @param document the record
	 * @param path the member's dotted path
	 * @return its value
	 * @throws IllegalArgumentException when it is missing or not a non-empty string
	 */
	public static String string(Document document, String path) {
		if (value(document, path) instanceof String text && !text.isEmpty()) {
			return text;
		}
		throw new IllegalArgumentException(missing(path, "string"));
	}

	/**
	 * A local date member, {@code YYYY-MM-DD}.
	 * @param document the record
	 * @param path the member's dotted path
	 * @return its value
	 * @throws IllegalArgumentException when it is missing or not a date
	 */
	public static LocalDate date(Document document, String path) {
		try {
			return LocalDate.parse(string(document, path));
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException(missing(path, "date YYYY-MM-DD"));
		}
	}

	/**
	 * An instant member (a BSON date, {@code {"$date": ...}} in the archive).
	 * @param document the record
	 * @param path the member's dotted path
	 * @return its value
	 * @throws IllegalArgumentException when it is missing or not a date
	 */
	public static Instant instant(Document document, String path) {
		if (value(document, path) instanceof Date date) {
			return date.toInstant();
		}
		throw new IllegalArgumentException(missing(path, "date"));
	}

	/**
	 * A whole-number member.
	 * @param document the record
	 * @param path the member's dotted path
	 * @return its value
	 * @throws IllegalArgumentException when it is missing or not a whole number
	 */
	public static long number(Document document, String path) {
		if (value(document, path) instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())) {
			return number.longValue();
		}
		throw new IllegalArgumentException(missing(path, "whole number"));
	}

	private static @Nullable Object value(Document document, String path) {
		@Nullable Object value = document;
		for (String part : path.split("\\.")) {
			if (!(value instanceof Document nested)) {
				return null;
			}
			value = nested.get(part);
		}
		return value;
	}

	private static String missing(String path, String kind) {
		return "member '" + path + "' is missing or not a " + kind;
	}

}

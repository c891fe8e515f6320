package health.falcon.backend.photos;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The checks of the members a user sets: the caption and the date. A date is a local
 * calendar date ({@code yyyy-MM-dd}) and is kept exactly as given, never moved into a
 * time zone.
 */
final class PhotoFields {

	static final int MAX_CAPTION = 500;

	static final int DEFAULT_LIMIT = 50;

	static final int MAX_LIMIT = 100;

	private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private PhotoFields() {
	}

	/**
	 * A checked caption.
	 * @param caption as sent; empty means none
	 * @return the caption, {@code null} for none
	 * @throws InvalidPhotoFieldException when longer than 500 characters
	 */
	static @Nullable String caption(@Nullable String caption) {
		if (caption == null || caption.isEmpty()) {
			return null;
		}
		if (caption.codePointCount(0, caption.length()) > MAX_CAPTION) {
			throw new InvalidPhotoFieldException("caption", "must be at most " + MAX_CAPTION + " characters");
		}
		return caption;
	}

	/**
	 * A checked date.
	 * @param date as sent; empty means none
	 * @return the date, {@code null} for none
	 * @throws InvalidPhotoFieldException when not an existing {@code yyyy-MM-dd} date
	 */
	static @Nullable LocalDate date(@Nullable String date) {
		if (date == null || date.isEmpty()) {
			return null;
		}
		try {
			if (DATE.matcher(date).matches()) {
				return LocalDate.parse(date);
			}
		}
		catch (DateTimeParseException ex) {
			// an impossible date such as 2026-02-30, answered below
		}
		throw new InvalidPhotoFieldException("date", "must be a date in the form yyyy-MM-dd");
	}

	/**
	 * A checked page size.
	 * @param limit as sent, {@code null} for the default of 50
	 * @return 1 to 100
	 * @throws InvalidPhotoFieldException otherwise
	 */
	static int limit(@Nullable String limit) {
		if (limit == null) {
			return DEFAULT_LIMIT;
		}
		try {
			int value = Integer.parseInt(limit);
			if (value >= 1 && value <= MAX_LIMIT) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// not a number, answered below
		}
		throw new InvalidPhotoFieldException("limit", "must be a number from 1 to " + MAX_LIMIT);
	}

}

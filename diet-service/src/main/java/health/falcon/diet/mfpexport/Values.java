package health.falcon.diet.mfpexport;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Reads single values; a bad value throws {@link IllegalArgumentException} with a safe
 * message, which the parsers turn into a {@link RowError}.
 */
final class Values {

	private static final Pattern NUMBER = Pattern.compile("-?\\d{1,12}(\\.\\d{1,9})?");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.US);

	private Values() {
	}

	/**
	 * A number such as {@code 412.0}, {@code "1,234.5"} or {@code 1 234}.
	 * @param value the raw value
	 * @param column the column, for the message
	 * @return the number, or {@code null} when blank
	 */
	static @Nullable Double number(String value, String column) {
		String plain = value.replace(",", "").replace(" ", "").replace("\u00A0", "");
		if (plain.isEmpty()) {
			return null;
		}
		if (!NUMBER.matcher(plain).matches()) {
			throw new IllegalArgumentException("'" + column + "' is not a number");
		}
		return Double.parseDouble(plain);
	}

	static @Nullable Double nonNegative(String value, String column) {
		Double number = number(value, column);
		if (number != null && number < 0) {
			throw new IllegalArgumentException("'" + column + "' is negative");
		}
		return number;
	}

	static LocalDate date(String value) {
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("'date' is not a YYYY-MM-DD date");
		}
	}

	static @Nullable LocalTime time(String value) {
		if (value.isEmpty()) {
			return null;
		}
		try {
			return LocalTime.parse(value.toUpperCase(Locale.ROOT), TIME);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("'time' is not a time like 10:00 AM");
		}
	}

	static boolean isTotals(String value) {
		String lower = value.toLowerCase(Locale.ROOT);
		return lower.equals("total") || lower.equals("totals") || lower.equals("daily total")
				|| lower.equals("daily totals");
	}

	static @Nullable String text(String value) {
		return value.isEmpty() ? null : value;
	}

}

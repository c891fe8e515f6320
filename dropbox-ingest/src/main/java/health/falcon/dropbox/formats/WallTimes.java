package health.falcon.dropbox.formats;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wall dates and times as the exports write them, in English: {@code Jan 6 2025},
 * {@code 6 Jan 2025}, {@code 2025-01-06}, {@code 2025/01/06}, {@code 06.01.2025}, slash
 * dates month first unless the first number is above 12 ({@code 1/6/2025} is 6 January,
 * {@code 13/6/2025} 13 June), and 24-hour or 12-hour times with optional seconds.
 */
final class WallTimes {

	private static final Pattern SLASH_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4})");

	private static final List<DateTimeFormatter> DATES = List.of(formatter("MMM d uuuu"), formatter("MMM d, uuuu"),
			formatter("d MMM uuuu"), formatter("uuuu-M-d"), formatter("uuuu/M/d"), formatter("d.M.uuuu"));

	private static final List<DateTimeFormatter> TIMES = List.of(formatter("H:mm"), formatter("H:mm:ss"),
			formatter("h:mm a"), formatter("h:mm:ss a"), formatter("h:mma"));

	private WallTimes() {
	}

	static LocalDate date(String cell) throws RowException {
		String value = cell.strip();
		Matcher slash = SLASH_DATE.matcher(value);
		if (slash.matches()) {
			return slashDate(slash, value);
		}
		for (DateTimeFormatter formatter : DATES) {
			try {
				return LocalDate.parse(value, formatter);
			}
			catch (DateTimeParseException ex) {
				// try the next pattern
			}
		}
		throw new RowException("unreadable date '" + Cells.shorten(cell) + "'");
	}

	static LocalTime time(String cell) throws RowException {
		String value = cell.strip().replace('.', ':');
		for (DateTimeFormatter formatter : TIMES) {
			try {
				return LocalTime.parse(value, formatter);
			}
			catch (DateTimeParseException ex) {
				// try the next pattern
			}
		}
		throw new RowException("unreadable time '" + Cells.shorten(cell) + "'");
	}

	/**
	 * A date and a time in one cell, separated by whitespace (a time may end in AM/PM).
	 */
	static LocalDateTime dateTime(String cell) throws RowException {
		String value = cell.strip().replace('T', ' ');
		int space = value.indexOf(' ');
		if (space < 0) {
			throw new RowException("unreadable date and time '" + Cells.shorten(cell) + "'");
		}
		return LocalDateTime.of(date(value.substring(0, space)), time(value.substring(space + 1)));
	}

	private static LocalDate slashDate(Matcher slash, String value) throws RowException {
		int first = Integer.parseInt(slash.group(1));
		int second = Integer.parseInt(slash.group(2));
		int year = Integer.parseInt(slash.group(3));
		year = (year < 100) ? 2000 + year : year;
		boolean dayFirst = first > 12;
		try {
			return dayFirst ? LocalDate.of(year, second, first) : LocalDate.of(year, first, second);
		}
		catch (java.time.DateTimeException ex) {
			throw new RowException("unreadable date '" + Cells.shorten(value) + "'");
		}
	}

	private static DateTimeFormatter formatter(String pattern) {
		return new DateTimeFormatterBuilder().parseCaseInsensitive()
			.appendPattern(pattern)
			.toFormatter(Locale.ENGLISH)
			.withResolverStyle(ResolverStyle.STRICT);
	}

}

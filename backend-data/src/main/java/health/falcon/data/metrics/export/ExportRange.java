package health.falcon.data.metrics.export;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import health.falcon.data.series.InvalidSeriesQueryException;
import health.falcon.data.series.RangeTooLargeException;
import org.jspecify.annotations.Nullable;

/**
 * The local dates an export covers, both inclusive: the stored dates of daily values and
 * readings, in the user's zone for heart rate.
 *
 * @param first the first date
 * @param last the last date, not before {@code first}
 */
record ExportRange(LocalDate first, LocalDate last) {

	/**
	 * Parse {@code from} and {@code to} as the client sent them.
	 * @return the range
	 * @throws InvalidSeriesQueryException (400 {@code validation}) naming each missing or
	 * malformed date, or {@code from} after {@code to}
	 */
	static ExportRange parse(@Nullable String from, @Nullable String to) {
		List<Map<String, String>> errors = new ArrayList<>();
		LocalDate first = date("from", from, errors);
		LocalDate last = date("to", to, errors);
		if (first != null && last != null && first.isAfter(last)) {
			errors.add(InvalidSeriesQueryException.error("from", "must not be after 'to'"));
		}
		if (!errors.isEmpty() || first == null || last == null) {
			throw new InvalidSeriesQueryException(errors);
		}
		return new ExportRange(first, last);
	}

	/**
	 * The number of dates in the range.
	 */
	long days() {
		return ChronoUnit.DAYS.between(this.first, this.last) + 1;
	}

	/**
	 * Refuse a range of more dates than an export allows.
	 * @param maxDays the most dates
	 * @param what what is bounded, for the problem's detail
	 * @throws RangeTooLargeException (400 {@code range-too-large}) when it is longer
	 */
	void requireAtMost(int maxDays, String what) {
		if (days() > maxDays) {
			throw new RangeTooLargeException(what + " covers at most " + maxDays + " days; ask for a shorter range");
		}
	}

	private static @Nullable LocalDate date(String name, @Nullable String value, List<Map<String, String>> errors) {
		if (value == null || value.isBlank()) {
			errors.add(InvalidSeriesQueryException.error(name, "is required"));
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeException ex) {
			errors.add(InvalidSeriesQueryException.error(name, "must be a date (YYYY-MM-DD)"));
			return null;
		}
	}

}

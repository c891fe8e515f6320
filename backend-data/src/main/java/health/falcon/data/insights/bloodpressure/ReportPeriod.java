package health.falcon.data.insights.bloodpressure;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import health.falcon.data.paging.InvalidParameterException;
import health.falcon.data.series.RangeTooLargeException;
import org.jspecify.annotations.Nullable;

/**
 * The local dates a report covers, both included: at most {@value #MAX_DAYS} days.
 *
 * @param from the first local date
 * @param to the last local date
 */
record ReportPeriod(LocalDate from, LocalDate to) {

	static final int MAX_DAYS = 366;

	/**
	 * Read the {@code from} and {@code to} parameters.
	 * @param from {@code YYYY-MM-DD}
	 * @param to {@code YYYY-MM-DD}, not before {@code from}
	 * @return the period
	 * @throws InvalidParameterException for a missing or bad date, or {@code from} after
	 * {@code to}
	 * @throws RangeTooLargeException for more than {@value #MAX_DAYS} days
	 */
	static ReportPeriod of(@Nullable String from, @Nullable String to) {
		LocalDate first = date("from", from);
		LocalDate last = date("to", to);
		if (first.isAfter(last)) {
			throw new InvalidParameterException("from", "must not be after 'to'");
		}
		if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_DAYS) {
			throw new RangeTooLargeException(
					"A blood-pressure report covers at most " + MAX_DAYS + " days; ask for a shorter period.");
		}
		return new ReportPeriod(first, last);
	}

	private static LocalDate date(String name, @Nullable String value) {
		if (value == null || value.isBlank()) {
			throw new InvalidParameterException(name, "is required, a date YYYY-MM-DD");
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidParameterException(name, "must be a date YYYY-MM-DD");
		}
	}

}

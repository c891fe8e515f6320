package health.falcon.data.series;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import health.falcon.data.api.HeartRateClient;
import org.jspecify.annotations.Nullable;

/**
 * The parsed parameters of a series request. {@code from} and {@code to} are each a local
 * date ({@code YYYY-MM-DD}, both inclusive, in the user's zone) or an ISO instant
 * ({@code to} exclusive); exactly one of {@code resolution} and {@code maxPoints} is
 * given.
 *
 * @param from the start, a {@link LocalDate} or an {@link Instant}
 * @param to the end, a {@link LocalDate} or an {@link Instant}
 * @param resolution the bucket size, or {@code null} when {@code maxPoints} is given
 * @param maxPoints the most points to answer, or {@code null}
 */
public record SeriesQuery(Object from, Object to, @Nullable Resolution resolution, @Nullable Integer maxPoints) {

	/**
	 * Parse the parameters as the client sent them.
	 * @return the query
	 * @throws InvalidSeriesQueryException naming every rejected parameter
	 */
	public static SeriesQuery parse(@Nullable String from, @Nullable String to, @Nullable String resolution,
			@Nullable String maxPoints) {
		List<Map<String, String>> errors = new ArrayList<>();
		Object start = bound("from", from, errors);
		Object end = bound("to", to, errors);
		Resolution parsedResolution = null;
		if (resolution != null) {
			parsedResolution = Resolution.of(resolution);
			if (parsedResolution == null) {
				errors
					.add(InvalidSeriesQueryException.error("resolution", "must be one of raw, 1min, 5min, 1h, 1d, 1w"));
			}
		}
		Integer points = (maxPoints != null) ? maxPoints(maxPoints, errors) : null;
		if (resolution != null && maxPoints != null) {
			errors.add(InvalidSeriesQueryException.error("maxPoints", "must not be given with 'resolution'"));
		}
		if (resolution == null && maxPoints == null) {
			errors.add(InvalidSeriesQueryException.error("resolution", "is required unless 'maxPoints' is given"));
		}
		if (after(start, end)) {
			errors.add(InvalidSeriesQueryException.error("from", "must not be after 'to'"));
		}
		if (!errors.isEmpty() || start == null || end == null) {
			throw new InvalidSeriesQueryException(errors);
		}
		return new SeriesQuery(start, end, parsedResolution, points);
	}

	/**
	 * The first instant of the range.
	 * @param zone the user's zone, which local dates are in
	 */
	public Instant start(ZoneId zone) {
		return (this.from instanceof LocalDate date) ? date.atStartOfDay(zone).toInstant() : (Instant) this.from;
	}

	/**
	 * The first instant after the range: the start of the day after a local date.
	 * @param zone the user's zone, which local dates are in
	 */
	public Instant end(ZoneId zone) {
		return (this.to instanceof LocalDate date) ? date.plusDays(1).atStartOfDay(zone).toInstant()
				: (Instant) this.to;
	}

	/**
	 * The first local date of the range, for daily summaries: {@code from} as given, or
	 * the date of the instant in the user's zone.
	 * @param zone the user's zone
	 */
	public LocalDate firstDate(ZoneId zone) {
		return (this.from instanceof LocalDate date) ? date : LocalDate.ofInstant((Instant) this.from, zone);
	}

	/**
	 * The last local date of the range, for daily summaries: {@code to} as given, or the
	 * date of the instant just before it (an instant {@code to} is exclusive) in the
	 * user's zone.
	 * @param zone the user's zone
	 */
	public LocalDate lastDate(ZoneId zone) {
		return (this.to instanceof LocalDate date) ? date
				: LocalDate.ofInstant(((Instant) this.to).minusNanos(1), zone);
	}

	private static @Nullable Object bound(String name, @Nullable String value, List<Map<String, String>> errors) {
		if (value == null || value.isBlank()) {
			errors.add(InvalidSeriesQueryException.error(name, "is required"));
			return null;
		}
		try {
			return (value.length() == 10) ? LocalDate.parse(value) : Instant.parse(value);
		}
		catch (DateTimeException ex) {
			errors.add(InvalidSeriesQueryException.error(name, "must be a date (YYYY-MM-DD) or an ISO instant"));
			return null;
		}
	}

	private static boolean after(@Nullable Object start, @Nullable Object end) {
		if (start instanceof LocalDate first && end instanceof LocalDate last) {
			return first.isAfter(last);
		}
		return start instanceof Instant first && end instanceof Instant last && first.isAfter(last);
	}

	private static @Nullable Integer maxPoints(String value, List<Map<String, String>> errors) {
		try {
			int points = Integer.parseInt(value.trim());
			if (points >= 1 && points <= HeartRateClient.MAX_POINTS) {
				return points;
			}
		}
		catch (NumberFormatException ex) {
			// Reported below like a number out of range.
		}
		errors.add(InvalidSeriesQueryException.error("maxPoints", "must be a number from 1 to 10000"));
		return null;
	}

}

package health.falcon.dropbox.formats;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import health.falcon.model.MeasurementTime;
import org.jspecify.annotations.Nullable;

/**
 * Collects the header lines of a CardioMood report ({@code Date: M/D/YY},
 * {@code Measurement time: h:mm AM - h:mm PM}, {@code Intervals count: n with k artifacts
 * present (p%)}, {@code Tag:}) and turns them into times in the user's zone.
 */
final class CardioMoodHeader {

	private static final Pattern US_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4})");

	private static final Pattern INTERVALS = Pattern.compile(
			"(\\d{1,9})(?:\\s+with\\s+(\\d{1,9})\\s+artifacts?\\s+present\\s*\\((\\d{1,3}(?:\\.\\d+)?)\\s*%\\))?.*",
			Pattern.CASE_INSENSITIVE);

	private @Nullable String date;

	private @Nullable String time;

	@Nullable Integer intervals;

	@Nullable Integer artifacts;

	@Nullable Double artifactsPercent;

	String tag = "";

	/**
	 * Take the line if it is a header line.
	 * @return whether it was one
	 */
	boolean read(String line) {
		String lower = line.toLowerCase(Locale.ROOT);
		if (lower.startsWith("date:")) {
			this.date = line.substring(5).strip();
		}
		else if (lower.startsWith("measurement time:")) {
			this.time = line.substring(17).strip();
		}
		else if (lower.startsWith("intervals count:")) {
			intervals(line.substring(16).strip());
		}
		else if (lower.startsWith("tag:")) {
			this.tag = line.substring(4).strip();
		}
		else {
			return false;
		}
		return true;
	}

	MeasurementTime start(ZoneId zone, boolean zoneAssumed) throws FileFormatException {
		return MeasurementTime.ofLocal(LocalDateTime.of(date(), times()[0]), zone, zoneAssumed);
	}

	@Nullable MeasurementTime end(ZoneId zone, boolean zoneAssumed) throws FileFormatException {
		LocalTime[] times = times();
		if (times.length < 2) {
			return null;
		}
		LocalDate day = times[1].isBefore(times[0]) ? date().plusDays(1) : date();
		return MeasurementTime.ofLocal(LocalDateTime.of(day, times[1]), zone, zoneAssumed);
	}

	private LocalDate date() throws FileFormatException {
		Matcher matcher = (this.date != null) ? US_DATE.matcher(this.date) : null;
		if (matcher == null || !matcher.matches()) {
			throw new FileFormatException("the CardioMood report has no readable 'Date:' line (M/D/YY)");
		}
		int year = Integer.parseInt(matcher.group(3));
		try {
			return LocalDate.of((year < 100) ? 2000 + year : year, Integer.parseInt(matcher.group(1)),
					Integer.parseInt(matcher.group(2)));
		}
		catch (java.time.DateTimeException ex) {
			throw new FileFormatException("the CardioMood report's date is not a calendar date");
		}
	}

	private LocalTime[] times() throws FileFormatException {
		if (this.time == null) {
			throw new FileFormatException("the CardioMood report has no 'Measurement time:' line");
		}
		String[] parts = this.time.split("\\s+-\\s+", 2);
		LocalTime[] times = new LocalTime[parts.length];
		try {
			for (int i = 0; i < parts.length; i++) {
				times[i] = WallTimes.time(parts[i]);
			}
		}
		catch (RowException ex) {
			throw new FileFormatException("the CardioMood report's measurement time is unreadable");
		}
		return times;
	}

	private void intervals(String value) {
		Matcher matcher = INTERVALS.matcher(value);
		if (matcher.matches()) {
			this.intervals = Integer.valueOf(matcher.group(1));
			this.artifacts = (matcher.group(2) != null) ? Integer.valueOf(matcher.group(2)) : null;
			this.artifactsPercent = (matcher.group(3) != null) ? Double.valueOf(matcher.group(3)) : null;
		}
	}

}

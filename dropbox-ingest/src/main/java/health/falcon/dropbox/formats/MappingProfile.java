package health.falcon.dropbox.formats;

import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A user's column mapping for a blood-pressure CSV that no built-in format recognises
 * ({@link FileFormat#GENERIC}): which header columns hold the date, the time, the
 * pressures and the pulse, and how dates and times are written (a
 * {@link DateTimeFormatter} pattern, English month names). Without a time column the date
 * pattern must hold the time too; without a time pattern the time column is read like the
 * built-in formats read theirs ({@code 7:05}, {@code 07:05:30}, {@code 7:05 PM}).
 *
 * @param name the user's name for it
 * @param columns the mapped header columns (matched ignoring case and surrounding
 * whitespace)
 * @param dateFormat the pattern of the date cells (or date-and-time cells)
 * @param timeFormat the pattern of the time cells, if any
 */
public record MappingProfile(String name, MappedColumns columns, String dateFormat, @Nullable String timeFormat) {

	/**
	 * The header columns a profile maps.
	 *
	 * @param date the date (or date and time) column
	 * @param time the time column, if the time has its own
	 * @param systolic the systolic pressure column (mmHg)
	 * @param diastolic the diastolic pressure column (mmHg)
	 * @param pulse the pulse column (bpm), if any
	 */
	public record MappedColumns(String date, @Nullable String time, String systolic, String diastolic,
			@Nullable String pulse) {

		List<String> all() {
			List<String> names = new ArrayList<>(List.of(this.date, this.systolic, this.diastolic));
			if (this.time != null) {
				names.add(this.time);
			}
			if (this.pulse != null) {
				names.add(this.pulse);
			}
			return names;
		}

	}

	/**
	 * Whether a header row holds every column this profile maps.
	 * @param header the header fields
	 * @return whether the profile applies
	 */
	public boolean matches(List<String> header) {
		Columns columns = new Columns(header);
		return this.columns.all().stream().allMatch((name) -> columns.index(normalized(name)) >= 0);
	}

	/**
	 * The mapped columns missing from a header row.
	 * @param header the header fields
	 * @return the missing column names, as the profile names them
	 */
	public List<String> missingFrom(List<String> header) {
		Columns columns = new Columns(header);
		return this.columns.all().stream().filter((name) -> columns.index(normalized(name)) < 0).toList();
	}

	/**
	 * Compile a date or time pattern as profiles use it.
	 * @return the formatter (strict, English, {@code uuuu} for years)
	 * @throws IllegalArgumentException if the pattern is not a valid pattern
	 */
	public static DateTimeFormatter formatter(String pattern) {
		return new DateTimeFormatterBuilder().parseCaseInsensitive()
			.appendPattern(pattern.replace("yyyy", "uuuu").replace("yy", "uu"))
			.toFormatter(Locale.ENGLISH)
			.withResolverStyle(ResolverStyle.STRICT);
	}

	static String normalized(String name) {
		return name.strip().toLowerCase(Locale.ROOT);
	}

}

package health.falcon.dropbox.formats;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Rows of a CSV read through a user's {@link MappingProfile}.
 */
final class ProfileRows implements RowMapper {

	private final int date;

	private final int time;

	private final int systolic;

	private final int diastolic;

	private final int pulse;

	private final DateTimeFormatter dateFormat;

	private final @Nullable DateTimeFormatter timeFormat;

	ProfileRows(MappingProfile profile, Columns columns) throws FileFormatException {
		List<String> missing = profile.missingFrom(columns.names());
		if (!missing.isEmpty()) {
			throw new FileFormatException("the header has no column "
					+ String.join(", ", missing.stream().map((name) -> "'" + Cells.shorten(name) + "'").toList())
					+ " that the profile '" + Cells.shorten(profile.name()) + "' maps");
		}
		MappingProfile.MappedColumns mapped = profile.columns();
		this.date = columns.index(MappingProfile.normalized(mapped.date()));
		this.time = (mapped.time() != null) ? columns.index(MappingProfile.normalized(mapped.time())) : -1;
		this.systolic = columns.index(MappingProfile.normalized(mapped.systolic()));
		this.diastolic = columns.index(MappingProfile.normalized(mapped.diastolic()));
		this.pulse = (mapped.pulse() != null) ? columns.index(MappingProfile.normalized(mapped.pulse())) : -1;
		try {
			this.dateFormat = MappingProfile.formatter(profile.dateFormat());
			this.timeFormat = (profile.timeFormat() != null) ? MappingProfile.formatter(profile.timeFormat()) : null;
		}
		catch (IllegalArgumentException ex) {
			throw new FileFormatException("the profile's date or time pattern is invalid", ex);
		}
	}

	@Override
	public BloodPressureReading map(List<String> fields, ZoneId zone, boolean zoneAssumed, int line)
			throws RowException {
		return Cells.reading(Cells.number(Columns.field(fields, this.systolic), "systolic"),
				Cells.number(Columns.field(fields, this.diastolic), "diastolic"),
				(this.pulse >= 0) ? Cells.optionalNumber(Columns.field(fields, this.pulse), "pulse") : null,
				wallTime(fields), zone, zoneAssumed, line);
	}

	private LocalDateTime wallTime(List<String> fields) throws RowException {
		String dateCell = Columns.field(fields, this.date).strip();
		if (dateCell.isEmpty()) {
			throw new RowException("date is missing");
		}
		try {
			if (this.time < 0) {
				return LocalDateTime.parse(dateCell, this.dateFormat);
			}
			LocalDate day = LocalDate.parse(dateCell, this.dateFormat);
			String timeCell = Columns.field(fields, this.time);
			if (Cells.isEmpty(timeCell)) {
				throw new RowException("time is missing");
			}
			LocalTime at = (this.timeFormat != null) ? LocalTime.parse(timeCell.strip(), this.timeFormat)
					: WallTimes.time(timeCell);
			return LocalDateTime.of(day, at);
		}
		catch (DateTimeException ex) {
			throw new RowException("'" + Cells.shorten(dateCell) + "' does not match the profile's date"
					+ ((this.time >= 0) ? " or time" : " and time") + " format");
		}
	}

}

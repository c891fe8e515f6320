package health.falcon.dropbox.formats;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * OMRON connect rows: {@code Date} ({@code Jan 6 2025}), {@code Time} (24- or 12-hour),
 * {@code Systolic (mmHg)}, {@code Diastolic (mmHg)}, {@code Pulse (bpm)}; {@code -} marks
 * an empty cell.
 */
final class OmronRows implements RowMapper {

	private final int date;

	private final int time;

	private final int systolic;

	private final int diastolic;

	private final int pulse;

	OmronRows(Columns columns) {
		this.date = columns.index("date");
		this.time = columns.index("time");
		this.systolic = columns.index("systolic (mmhg)");
		this.diastolic = columns.index("diastolic (mmhg)");
		this.pulse = columns.index("pulse (bpm)");
	}

	@Override
	public BloodPressureReading map(List<String> fields, ZoneId zone, boolean zoneAssumed, int line)
			throws RowException {
		if (Columns.field(fields, this.date).equalsIgnoreCase("date")) {
			throw new RowException("a repeated header row");
		}
		LocalDateTime wallTime = LocalDateTime.of(WallTimes.date(Columns.field(fields, this.date)),
				WallTimes.time(Columns.field(fields, this.time)));
		return Cells.reading(Cells.number(Columns.field(fields, this.systolic), "systolic"),
				Cells.number(Columns.field(fields, this.diastolic), "diastolic"),
				Cells.optionalNumber(Columns.field(fields, this.pulse), "pulse"), wallTime, zone, zoneAssumed, line);
	}

}

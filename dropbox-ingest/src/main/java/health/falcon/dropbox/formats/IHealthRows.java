package health.falcon.dropbox.formats;

import java.time.ZoneId;
import java.util.List;

/**
 * iHealth rows: {@code Time} (a date and a time in one cell, locale-dependent date order,
 * see {@link WallTimes}), {@code SYS}, {@code DIA}, {@code Pulse}; values may carry units
 * ({@code 120 mmHg}).
 */
final class IHealthRows implements RowMapper {

	private final int time;

	private final int systolic;

	private final int diastolic;

	private final int pulse;

	IHealthRows(Columns columns) {
		this.time = columns.index("time");
		this.systolic = columns.index("sys");
		this.diastolic = columns.index("dia");
		this.pulse = columns.index("pulse");
	}

	@Override
	public BloodPressureReading map(List<String> fields, ZoneId zone, boolean zoneAssumed, int line)
			throws RowException {
		return Cells.reading(Cells.number(Columns.field(fields, this.systolic), "systolic"),
				Cells.number(Columns.field(fields, this.diastolic), "diastolic"),
				Cells.optionalNumber(Columns.field(fields, this.pulse), "pulse"),
				WallTimes.dateTime(Columns.field(fields, this.time)), zone, zoneAssumed, line);
	}

}

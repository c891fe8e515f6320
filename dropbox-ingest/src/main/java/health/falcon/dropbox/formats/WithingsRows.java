package health.falcon.dropbox.formats;

import java.time.ZoneId;
import java.util.List;

/**
 * Withings {@code bp.csv} rows: {@code Date} ({@code 2025-10-02 07:34:49}),
 * {@code Heart rate}, {@code Systolic}, {@code Diastolic}. Rows with a heart rate only
 * (watches, scales) are not blood pressure and are skipped with that reason.
 */
final class WithingsRows implements RowMapper {

	private final int date;

	private final int heartRate;

	private final int systolic;

	private final int diastolic;

	WithingsRows(Columns columns) {
		this.date = columns.index("date");
		this.heartRate = columns.index("heart rate");
		this.systolic = columns.index("systolic");
		this.diastolic = columns.index("diastolic");
	}

	@Override
	public BloodPressureReading map(List<String> fields, ZoneId zone, boolean zoneAssumed, int line)
			throws RowException {
		String systolicCell = Columns.field(fields, this.systolic);
		String diastolicCell = Columns.field(fields, this.diastolic);
		if (Cells.isEmpty(systolicCell) && Cells.isEmpty(diastolicCell)
				&& !Cells.isEmpty(Columns.field(fields, this.heartRate))) {
			throw new RowException("heart rate only, not a blood-pressure reading");
		}
		return Cells.reading(Cells.number(systolicCell, "systolic"), Cells.number(diastolicCell, "diastolic"),
				Cells.optionalNumber(Columns.field(fields, this.heartRate), "heart rate"),
				WallTimes.dateTime(Columns.field(fields, this.date)), zone, zoneAssumed, line);
	}

}

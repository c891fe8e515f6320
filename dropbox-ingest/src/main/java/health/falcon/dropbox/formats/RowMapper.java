package health.falcon.dropbox.formats;

import java.time.ZoneId;
import java.util.List;

/**
 * Maps the fields of one row of a blood-pressure CSV to a reading.
 */
interface RowMapper {

	BloodPressureReading map(List<String> fields, ZoneId zone, boolean zoneAssumed, int line) throws RowException;

}

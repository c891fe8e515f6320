package health.falcon.dropbox.formats;

import health.falcon.model.MeasurementTime;
import org.jspecify.annotations.Nullable;

/**
 * One blood-pressure reading from a file.
 *
 * @param systolic systolic pressure, mmHg
 * @param diastolic diastolic pressure, mmHg
 * @param pulse pulse, bpm, {@code null} when the file has none
 * @param time when it was taken (wall time in the user's zone, {@code zoneAssumed} when
 * the file states no zone)
 * @param line the 1-based line number in the file
 */
public record BloodPressureReading(int systolic, int diastolic, @Nullable Integer pulse, MeasurementTime time,
		int line) {

}

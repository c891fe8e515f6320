package health.falcon.data.api;

import org.jspecify.annotations.Nullable;

/**
 * One blood-pressure reading.
 *
 * @param id the reading's id
 * @param time when it was measured
 * @param systolic systolic pressure, mmHg
 * @param diastolic diastolic pressure, mmHg
 * @param pulse pulse, bpm, {@code null} when the file has none
 * @param source the file it was read from
 */
public record BloodPressureReading(String id, MeasuredAt time, @Nullable Integer systolic, @Nullable Integer diastolic,
		@Nullable Integer pulse, @Nullable SourceInfo source) {

}

package health.falcon.data.api;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One day's body measurement.
 *
 * @param id the measurement's id ({@code <userId>/<YYYY-MM-DD>})
 * @param date the local date
 * @param weightKg body weight in kg, {@code null} when not measured
 * @param bodyFatPct body fat in percent, {@code null} when not measured
 * @param source the file it was read from
 */
public record BodyMeasurement(String id, LocalDate date, @Nullable Double weightKg, @Nullable Double bodyFatPct,
		@Nullable SourceInfo source) {

}

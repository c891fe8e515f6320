package health.falcon.diet.mfpexport;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One Measurement Summary row.
 *
 * @param line the 1-based line in the file
 * @param weightKg the body weight in kg (converted from the account's unit), if logged
 * @param bodyFatPct the body fat in percent, if a {@code Body Fat %} column has it
 */
public record MeasurementEntry(int line, LocalDate date, @Nullable Double weightKg, @Nullable Double bodyFatPct) {

}

package health.falcon.diet.nutrition;

import java.time.LocalDate;

import health.falcon.model.Source;
import org.jspecify.annotations.Nullable;

/**
 * A body measurement on one local date.
 *
 * @param userId the owner
 * @param weightKg body weight in kg
 * @param bodyFatPct body fat in percent
 */
public record BodyMeasurement(String userId, LocalDate date, @Nullable Double weightKg, @Nullable Double bodyFatPct,
		Source source) {

}

package health.falcon.data.dashboard;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The members of a stored activity that the volume by sport sums.
 *
 * @param sportType the normalized sport, {@code OTHER} when the writer stored none
 * @param localDate the activity's own local date
 * @param start when it started
 * @param distanceMeters its distance, {@code null} when not reported
 * @param movingSeconds its moving time, {@code null} when not reported
 * @param energyKcal its energy, {@code null} when not reported
 */
record ActivityRow(String sportType, LocalDate localDate, Instant start, @Nullable Double distanceMeters,
		@Nullable Long movingSeconds, @Nullable Double energyKcal) {

}

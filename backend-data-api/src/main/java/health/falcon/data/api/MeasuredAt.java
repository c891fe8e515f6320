package health.falcon.data.api;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * When something was measured, as stored: the instant and the wall clock where it was.
 *
 * @param instant the instant (UTC)
 * @param localDate the local date where it was measured
 * @param offset the UTC offset there, {@code +01:00}
 * @param zoneId the zone, {@code Europe/Berlin}, when known
 * @param zoneAssumed whether the zone was taken from the user's profile rather than the
 * record
 */
public record MeasuredAt(Instant instant, LocalDate localDate, String offset, @Nullable String zoneId,
		boolean zoneAssumed) {

}

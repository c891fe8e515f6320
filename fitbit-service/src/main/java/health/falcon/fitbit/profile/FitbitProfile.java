package health.falcon.fitbit.profile;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.jspecify.annotations.Nullable;

/**
 * A user's Google Health identity and settings, read after connecting (the token response
 * carries no user id).
 *
 * @param userId the Falcon user
 * @param healthUserId the Google Health user id; notifications address users by it
 * @param legacyUserId the old six-character Fitbit id, for mapping old records, if any
 * @param timeZone the IANA time zone of the user's Google Health settings, if reported
 * @param fetchedAt when identity and settings were read
 */
public record FitbitProfile(String userId, String healthUserId, @Nullable String legacyUserId,
		@Nullable String timeZone, Instant fetchedAt) {

	/**
	 * The zone to interpret local days in: the settings' time zone, or UTC when it is
	 * missing or unknown to Java.
	 * @return the zone, never {@code null}
	 */
	public ZoneId zone() {
		if (this.timeZone != null && ZoneId.getAvailableZoneIds().contains(this.timeZone)) {
			return ZoneId.of(this.timeZone);
		}
		return ZoneOffset.UTC;
	}

}

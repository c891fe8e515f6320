package health.falcon.documents.settings;

import java.time.ZoneId;

/**
 * The parts of a user's profile settings that readers of stored data need.
 *
 * @param zone the profile zone, UTC when unset or invalid
 * @param imperial whether the user chose US customary units ({@code units:
 * imperial}); metric otherwise
 */
public record UserPreferences(ZoneId zone, boolean imperial) {

}

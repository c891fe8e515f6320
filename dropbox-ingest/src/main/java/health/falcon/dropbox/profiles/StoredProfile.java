package health.falcon.dropbox.profiles;

import java.time.Instant;

import health.falcon.dropbox.formats.MappingProfile;
import org.jspecify.annotations.Nullable;

/**
 * A saved mapping profile, as stored and as returned by the API.
 *
 * @param name the user's name for it
 * @param columns the mapped header columns
 * @param dateFormat the date (or date-and-time) pattern
 * @param timeFormat the time pattern, if any
 * @param createdAt when it was saved
 */
public record StoredProfile(String id, String name, MappingProfile.MappedColumns columns, String dateFormat,
		@Nullable String timeFormat, Instant createdAt) {

	/**
	 * @return the profile to read files with
	 */
	public MappingProfile toProfile() {
		return new MappingProfile(this.name, this.columns, this.dateFormat, this.timeFormat);
	}

}

package health.falcon.ingest.imports;

import org.jspecify.annotations.Nullable;

/**
 * What an upload or hand-off asks, before its file is kept.
 *
 * @param provider the reader's provider
 * @param userId the owner of the data (the signed-in user, or the user a verified
 * hand-off names)
 * @param origin how the file came
 * @param timeZone the IANA zone the file's wall times are to be read in, when the user
 * chose one; otherwise the user's profile zone is assumed
 * @param profile the id of the user's column mapping profile to read the file with, for
 * readers that have profiles
 */
public record ImportRequest(String provider, String userId, ImportOrigin origin, @Nullable String timeZone,
		@Nullable String profile) {

}

package health.falcon.ingest.imports;

import java.time.ZoneId;

import org.jspecify.annotations.Nullable;

/**
 * One file to read, as the reader sees it.
 *
 * @param id the import's id (the {@code imported_files} record)
 * @param userId the owner of the data; every row stored belongs to this user
 * @param origin how the file came
 * @param file the kept file
 * @param zone the zone wall times without one are read in
 * @param zoneAssumed whether that zone was assumed (the profile zone or UTC) rather than
 * chosen for this file
 * @param profile the mapping profile id chosen for the file, if any
 * @param dropbox where the file is in Dropbox, for a synced file
 */
public record ImportJob(String id, String userId, ImportOrigin origin, KeptFile file, ZoneId zone, boolean zoneAssumed,
		@Nullable String profile, @Nullable DropboxLocation dropbox) {

}

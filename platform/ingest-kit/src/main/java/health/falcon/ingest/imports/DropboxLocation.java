package health.falcon.ingest.imports;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Where a synced file is in the user's Dropbox.
 *
 * @param dropboxId the file's Dropbox id ({@code id:...})
 * @param path its lower-case path
 * @param rev the latest revision seen
 * @param contentHash that revision's Dropbox {@code content_hash}
 * @param importedRev the revision whose rows are stored, {@code null} before the first
 * import
 * @param deleted whether the file was deleted in Dropbox (its rows stay, marked)
 * @param deletedAt when the deletion was seen
 */
public record DropboxLocation(String dropboxId, String path, String rev, String contentHash,
		@Nullable String importedRev, boolean deleted, @Nullable Instant deletedAt) {

}

package health.falcon.dropbox.imports;

import java.time.Instant;
import java.util.List;

import health.falcon.dropbox.formats.RowError;
import org.jspecify.annotations.Nullable;

/**
 * An imported file as the API shows it.
 *
 * @param id the import id
 * @param file the uploaded file's name
 * @param sha256 its content SHA-256, {@code null} for a Dropbox file not downloaded
 * @param format the detected format, {@code null} until detected or when unknown
 * @param status where it is
 * @param rowsImported rows stored (readings, or beats of an HRV report)
 * @param rowsSkipped rows not stored
 * @param errors the skipped rows and why (capped at
 * {@code falcon.dropbox.imports.max-errors})
 * @param reason why the file as a whole was refused or is a duplicate, else {@code null}
 * @param duplicateOf the earlier import of the same content, for {@code DUPLICATE}
 * @param zone the zone wall times are read in
 * @param zoneAssumed whether that zone is assumed (no file states one)
 * @param origin {@code UPLOAD} or {@code DROPBOX}
 * @param dropbox the Dropbox side of a synced file, {@code null} for an upload
 * @param createdAt when the record was created
 */
record ImportView(String id, String file, @Nullable String sha256, @Nullable String format, ImportStatus status,
		long rowsImported, long rowsSkipped, List<RowError> errors, @Nullable String reason,
		@Nullable String duplicateOf, String zone, boolean zoneAssumed, String origin, @Nullable Dropbox dropbox,
		@Nullable Instant createdAt) {

	/** {@code origin} of an uploaded file. */
	static final String UPLOAD = "UPLOAD";

	/** {@code origin} of a file synced from the user's Dropbox folder. */
	static final String DROPBOX = "DROPBOX";

	ImportView(String id, String file, @Nullable String sha256, @Nullable String format, ImportStatus status,
			long rowsImported, long rowsSkipped, List<RowError> errors, @Nullable String reason,
			@Nullable String duplicateOf, String zone, boolean zoneAssumed) {
		this(id, file, sha256, format, status, rowsImported, rowsSkipped, errors, reason, duplicateOf, zone,
				zoneAssumed, UPLOAD, null, null);
	}

	/**
	 * Where a synced file is in Dropbox.
	 *
	 * @param dropboxId the file's Dropbox id
	 * @param path its lower-case path
	 * @param rev the latest revision seen
	 * @param contentHash that revision's {@code content_hash}
	 * @param importedRev the revision whose rows are stored, {@code null} before the
	 * first import
	 * @param deleted whether the file was deleted in Dropbox (its rows stay, marked)
	 * @param deletedAt when the deletion was seen
	 */
	record Dropbox(String dropboxId, String path, String rev, String contentHash, @Nullable String importedRev,
			boolean deleted, @Nullable Instant deletedAt) {

	}

}

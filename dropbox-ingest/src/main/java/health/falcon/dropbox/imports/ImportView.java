package health.falcon.dropbox.imports;

import java.util.List;

import health.falcon.dropbox.formats.RowError;
import org.jspecify.annotations.Nullable;

/**
 * An imported file as the API shows it.
 *
 * @param id the import id
 * @param file the uploaded file's name
 * @param sha256 its content SHA-256
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
 */
record ImportView(String id, String file, String sha256, @Nullable String format, ImportStatus status,
		long rowsImported, long rowsSkipped, List<RowError> errors, @Nullable String reason,
		@Nullable String duplicateOf, String zone, boolean zoneAssumed) {

}

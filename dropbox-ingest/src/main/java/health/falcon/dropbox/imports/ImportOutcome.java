package health.falcon.dropbox.imports;

import java.util.List;

import health.falcon.dropbox.formats.RowError;
import org.jspecify.annotations.Nullable;

/**
 * What importing one file gave.
 *
 * @param format the detected format, {@code null} when unknown
 * @param status {@code SUCCEEDED}, {@code UNSUPPORTED} or {@code FAILED}
 * @param rowsImported rows stored
 * @param rowsSkipped rows not stored
 * @param errors rejected rows (capped)
 * @param reason why the file as a whole was refused, else {@code null}
 */
record ImportOutcome(@Nullable String format, ImportStatus status, long rowsImported, long rowsSkipped,
		List<RowError> errors, @Nullable String reason) {

	static ImportOutcome refused(@Nullable String format, ImportStatus status, String reason) {
		return new ImportOutcome(format, status, 0, 0, List.of(), reason);
	}

}

package health.falcon.ingest.imports;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * How one import ended, as stored on its record.
 *
 * @param status the final status
 * @param reason why the file as a whole was refused, skipped, unsupported or handed off
 * @param format the format recognised, if any
 * @param rowsImported rows stored
 * @param rowsSkipped rows not stored
 * @param files per-file summaries (bounded)
 * @param skipped skipped rows by file and reason (bounded)
 * @param errors rejected rows and unreadable files (bounded)
 * @param moreErrors errors not listed
 */
record ImportResult(ImportStatus status, @Nullable String reason, @Nullable String format, long rowsImported,
		long rowsSkipped, List<ImportView.FileSummary> files, List<ImportView.Skipped> skipped,
		List<ImportView.RowError> errors, long moreErrors) {

	static ImportResult failed(String reason) {
		return new ImportResult(ImportStatus.FAILED, reason, null, 0, 0, List.of(), List.of(), List.of(), 0);
	}

}

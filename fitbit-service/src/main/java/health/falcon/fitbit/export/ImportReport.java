package health.falcon.fitbit.export;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What an import did.
 *
 * @param layout the export layout detected ({@code ACCOUNT_ARCHIVE},
 * {@code TAKEOUT_FITBIT}, {@code TAKEOUT_GOOGLE_HEALTH} or {@code UNKNOWN})
 * @param filesRead data files read
 * @param recordsImported records handed to the stores (unchanged records included: a
 * re-import imports them again and changes nothing)
 * @param recordsSkipped records and files deliberately not imported
 * @param skipped why, per file (or family) and reason
 * @param errors files, entries and lines that could not be read, and refusals of unsafe
 * archives
 */
public record ImportReport(String layout, int filesRead, long recordsImported, long recordsSkipped,
		List<Skipped> skipped, List<Problem> errors) {

	/**
	 * Records or files skipped for one reason.
	 *
	 * @param file the file, or a family for duplicates
	 * @param reason why
	 * @param count how many records (or files)
	 */
	public record Skipped(String file, String reason, long count) {

	}

	/**
	 * Something that could not be read.
	 *
	 * @param file the file (or the archive)
	 * @param line the line, when known
	 * @param reason what was wrong
	 */
	public record Problem(String file, @Nullable Integer line, String reason) {

	}

}

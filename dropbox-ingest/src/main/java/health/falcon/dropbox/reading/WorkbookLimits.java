package health.falcon.dropbox.reading;

import health.falcon.ingest.archive.ArchiveLimits;

/**
 * Limits an {@code .xlsx} workbook is read within, for imports and the mapping-profile
 * preview alike (configured as {@code falcon.dropbox.imports.workbook.*}). A workbook is
 * a ZIP, so it is first read whole through the archive guard; the parts a reader loads
 * into memory (shared strings, styles) are then checked by their inflated size; and the
 * sheet's CSV is bounded in rows, row-number gaps, cells and bytes, so that a few
 * megabytes cannot become gigabytes of temporary CSV or millions of empty rows.
 *
 * @param archive the archive guard's limits (entries, part size, total size, compression
 * ratio)
 * @param maxSharedStringsSize the largest uncompressed shared-strings part in bytes
 * (loaded whole)
 * @param maxStylesSize the largest uncompressed styles part in bytes (loaded whole)
 * @param maxRows the highest row number read
 * @param maxRowGap the most empty rows between two rows of the sheet; a larger gap
 * refuses the workbook rather than writing that many blank lines
 * @param maxCells the most cells written, counting the empty cells that pad skipped
 * columns
 * @param maxTextSize the largest CSV the sheet may become, in bytes
 */
public record WorkbookLimits(ArchiveLimits archive, long maxSharedStringsSize, long maxStylesSize, int maxRows,
		int maxRowGap, long maxCells, long maxTextSize) {

	/** The configuration prefix of these limits. */
	public static final String PREFIX = "falcon.dropbox.imports.workbook";

	String property(String key) {
		return PREFIX + "." + key;
	}

}

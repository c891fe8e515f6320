package health.falcon.dropbox.reading;

import health.falcon.ingest.archive.ArchiveLimits;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits an {@code .xlsx} workbook is read within
 * ({@code falcon.dropbox.imports.workbook.*}), for imports and the mapping-profile
 * preview alike. A workbook is a ZIP, so it is first read whole through the archive
 * guard; the parts a reader loads into memory (shared strings, styles) are then checked
 * by their inflated size; and the sheet's CSV is bounded in rows, row-number gaps, cells
 * and bytes, so that a few megabytes cannot become gigabytes of temporary CSV or millions
 * of empty rows. The defaults pass any sheet Excel itself can hold that a blood-pressure
 * export could plausibly be.
 *
 * @param maxEntries the most ZIP entries (parts) a workbook may hold
 * @param maxPartSize the largest uncompressed size of one part
 * @param maxTotalSize the largest uncompressed size of all parts
 * @param maxCompressionRatio the largest uncompressed/compressed ratio of a part or of
 * the whole workbook, checked once a mebibyte has been inflated
 * @param maxSharedStringsSize the largest uncompressed shared-strings part (loaded whole)
 * @param maxStylesSize the largest uncompressed styles part (loaded whole)
 * @param maxRows the highest row number read (Excel's own maximum is 1,048,576)
 * @param maxRowGap the most empty rows between two rows of the sheet; a larger gap
 * refuses the workbook rather than writing that many blank lines
 * @param maxCells the most cells written, counting the empty cells that pad skipped
 * columns
 * @param maxTextSize the largest CSV the sheet may become
 */
@ConfigurationProperties(WorkbookLimits.PREFIX)
@Validated
public record WorkbookLimits(@DefaultValue("1000") @Positive int maxEntries,
		@DefaultValue("256MB") DataSize maxPartSize, @DefaultValue("512MB") DataSize maxTotalSize,
		@DefaultValue("100") @Positive int maxCompressionRatio, @DefaultValue("32MB") DataSize maxSharedStringsSize,
		@DefaultValue("8MB") DataSize maxStylesSize, @DefaultValue("1048576") @Positive int maxRows,
		@DefaultValue("1000") @Positive int maxRowGap, @DefaultValue("10000000") @Positive long maxCells,
		@DefaultValue("256MB") DataSize maxTextSize) {

	/** The configuration prefix. */
	public static final String PREFIX = "falcon.dropbox.imports.workbook";

	/**
	 * The defaults, for code that runs outside Spring.
	 * @return the default limits
	 */
	public static WorkbookLimits defaults() {
		return new WorkbookLimits(1000, DataSize.ofMegabytes(256), DataSize.ofMegabytes(512), 100,
				DataSize.ofMegabytes(32), DataSize.ofMegabytes(8), 1_048_576, 1000, 10_000_000,
				DataSize.ofMegabytes(256));
	}

	ArchiveLimits archive() {
		return new ArchiveLimits(PREFIX, this.maxEntries, this.maxPartSize, this.maxTotalSize,
				this.maxCompressionRatio);
	}

	String property(String key) {
		return PREFIX + "." + key;
	}

}

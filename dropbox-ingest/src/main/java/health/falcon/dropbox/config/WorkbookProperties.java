package health.falcon.dropbox.config;

import health.falcon.dropbox.reading.WorkbookLimits;
import health.falcon.ingest.archive.ArchiveLimits;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The workbook limits ({@code falcon.dropbox.imports.workbook.*}, see
 * {@link WorkbookLimits}). The defaults pass any sheet Excel itself can hold that a
 * blood-pressure export could plausibly be.
 *
 * @param maxEntries the most ZIP entries (parts) a workbook may hold
 * @param maxPartSize the largest uncompressed size of one part
 * @param maxTotalSize the largest uncompressed size of all parts
 * @param maxCompressionRatio the largest uncompressed/compressed ratio of a part or of
 * the whole workbook, checked once a mebibyte has been inflated
 * @param maxSharedStringsSize the largest uncompressed shared-strings part (loaded whole)
 * @param maxStylesSize the largest uncompressed styles part (loaded whole)
 * @param maxRows the highest row number read (Excel's own maximum is 1,048,576)
 * @param maxRowGap the most empty rows between two rows of the sheet
 * @param maxCells the most cells written, padding included
 * @param maxTextSize the largest CSV the sheet may become
 */
@ConfigurationProperties(WorkbookLimits.PREFIX)
@Validated
public record WorkbookProperties(@DefaultValue("1000") @Positive int maxEntries,
		@DefaultValue("256MB") DataSize maxPartSize, @DefaultValue("512MB") DataSize maxTotalSize,
		@DefaultValue("100") @Positive int maxCompressionRatio, @DefaultValue("32MB") DataSize maxSharedStringsSize,
		@DefaultValue("8MB") DataSize maxStylesSize, @DefaultValue("1048576") @Positive int maxRows,
		@DefaultValue("1000") @Positive int maxRowGap, @DefaultValue("10000000") @Positive long maxCells,
		@DefaultValue("256MB") DataSize maxTextSize) {

	/**
	 * The defaults, for code that runs outside Spring.
	 * @return the default limits
	 */
	public static WorkbookProperties defaults() {
		return new WorkbookProperties(1000, DataSize.ofMegabytes(256), DataSize.ofMegabytes(512), 100,
				DataSize.ofMegabytes(32), DataSize.ofMegabytes(8), 1_048_576, 1000, 10_000_000,
				DataSize.ofMegabytes(256));
	}

	/**
	 * The limits the reader applies.
	 */
	public WorkbookLimits limits() {
		return new WorkbookLimits(
				new ArchiveLimits(WorkbookLimits.PREFIX, this.maxEntries, this.maxPartSize, this.maxTotalSize,
						this.maxCompressionRatio),
				this.maxSharedStringsSize.toBytes(), this.maxStylesSize.toBytes(), this.maxRows, this.maxRowGap,
				this.maxCells, this.maxTextSize.toBytes());
	}

}

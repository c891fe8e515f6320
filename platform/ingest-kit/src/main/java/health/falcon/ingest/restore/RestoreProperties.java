package health.falcon.ingest.restore;

import health.falcon.ingest.archive.ArchiveLimits;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The bounds of a {@code falcon-export} restore, under {@code falcon.ingest.restore}. The
 * upload itself is bounded by the receiving reader's upload limit.
 *
 * @param maxEntries the most entries an archive may hold (one per photo besides the
 * collections)
 * @param maxEntrySize the largest inflated collection entry
 * @param maxTotalSize the most bytes inflated from one archive
 * @param maxCompressionRatio the largest inflated/compressed ratio (JSON compresses well)
 * @param maxRecordSize the longest record (one line of a collection entry)
 */
@ConfigurationProperties("falcon.ingest.restore")
@Validated
public record RestoreProperties(@DefaultValue("100000") @Min(1) int maxEntries,
		@DefaultValue("2GB") DataSize maxEntrySize, @DefaultValue("8GB") DataSize maxTotalSize,
		@DefaultValue("1000") @Min(1) int maxCompressionRatio, @DefaultValue("16MB") DataSize maxRecordSize) {

	static final String PREFIX = "falcon.ingest.restore";

	/**
	 * The archive limits, named by this prefix in refusals.
	 * @return the limits
	 */
	public ArchiveLimits archiveLimits() {
		return new ArchiveLimits(PREFIX, this.maxEntries, this.maxEntrySize, this.maxTotalSize,
				this.maxCompressionRatio);
	}

}

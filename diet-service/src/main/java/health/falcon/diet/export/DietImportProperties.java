package health.falcon.diet.export;

import health.falcon.ingest.archive.ArchiveLimits;
import health.falcon.ingest.imports.UploadLimits;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of the MyFitnessPal export import ({@code falcon.diet.imports.*}). A real export
 * is a ZIP of three CSV files of a few megabytes; the defaults leave ample room and stay
 * finite. The rows of one CSV file are held while it is parsed, so {@code maxEntrySize}
 * and {@code maxUploadSize} also bound the import's memory.
 *
 * @param maxUploadSize the largest upload accepted; it also sets the servlet multipart
 * limits, so a larger upload is refused with 413 while it arrives
 * @param maxEntries the most ZIP entries an export may hold
 * @param maxEntrySize the largest uncompressed size of one ZIP entry
 * @param maxTotalSize the largest uncompressed size of all entries read
 * @param maxCompressionRatio the largest uncompressed/compressed ratio of an entry or of
 * the whole archive (zip-bomb guard), checked once a mebibyte has been inflated
 * @param workers imports that run at the same time
 * @param queueCapacity imports that may wait for a worker before uploads are refused
 * @param maxConcurrentPerUser imports one user may have queued or running at once (429
 * above it)
 */
@ConfigurationProperties(DietImportProperties.PREFIX)
@Validated
public record DietImportProperties(@DefaultValue("32MB") DataSize maxUploadSize,
		@DefaultValue("100") @Positive int maxEntries, @DefaultValue("32MB") DataSize maxEntrySize,
		@DefaultValue("96MB") DataSize maxTotalSize, @DefaultValue("200") @Positive int maxCompressionRatio,
		@DefaultValue("1") @Positive int workers, @DefaultValue("8") @Positive int queueCapacity,
		@DefaultValue("2") @Positive int maxConcurrentPerUser) {

	static final String PREFIX = "falcon.diet.imports";

	/**
	 * The defaults, for code that runs outside Spring.
	 * @return the default limits
	 */
	public static DietImportProperties defaults() {
		return new DietImportProperties(DataSize.ofMegabytes(32), 100, DataSize.ofMegabytes(32),
				DataSize.ofMegabytes(96), 200, 1, 8, 2);
	}

	/**
	 * The limits the export ZIP is read within.
	 * @return the archive limits
	 */
	ArchiveLimits archive() {
		return new ArchiveLimits(PREFIX, this.maxEntries, this.maxEntrySize, this.maxTotalSize,
				this.maxCompressionRatio);
	}

	/**
	 * The bounds of the import pipeline for MyFitnessPal exports.
	 * @return the upload limits
	 */
	UploadLimits uploads() {
		return UploadLimits.of(PREFIX, this.maxUploadSize, this.workers, this.queueCapacity, this.maxConcurrentPerUser);
	}

}

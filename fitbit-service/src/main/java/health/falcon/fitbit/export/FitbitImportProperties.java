package health.falcon.fitbit.export;

import health.falcon.ingest.archive.ArchiveLimits;
import health.falcon.ingest.imports.UploadLimits;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of the export import ({@code falcon.fitbit.imports.*}). The defaults pass a real
 * multi-year export (thousands of files, one to two gigabytes uncompressed) with room to
 * spare, and stay finite.
 *
 * @param maxUploadSize the largest export ZIP accepted; it also sets the servlet
 * multipart limits, so a larger upload is refused with 413 while it arrives
 * @param maxEntries the most ZIP entries an export may hold
 * @param maxEntrySize the largest uncompressed size of one entry
 * @param maxTotalSize the largest uncompressed size of all entries read
 * @param maxCompressionRatio the largest uncompressed/compressed ratio of an entry or of
 * the whole archive (zip-bomb guard), checked once a mebibyte has been inflated
 * @param heartRateBatch heart-rate samples handed to the store at once (bounds memory)
 * @param workers imports that run at the same time
 * @param queueCapacity imports that may wait for a worker before uploads are refused
 * @param maxConcurrentPerUser imports one user may have queued or running at once (429
 * above it)
 */
@ConfigurationProperties(FitbitImportProperties.PREFIX)
@Validated
public record FitbitImportProperties(@DefaultValue("1GB") DataSize maxUploadSize,
		@DefaultValue("20000") @Positive int maxEntries, @DefaultValue("1GB") DataSize maxEntrySize,
		@DefaultValue("4GB") DataSize maxTotalSize, @DefaultValue("200") @Positive int maxCompressionRatio,
		@DefaultValue("50000") @Positive int heartRateBatch, @DefaultValue("1") @Positive int workers,
		@DefaultValue("8") @Positive int queueCapacity, @DefaultValue("2") @Positive int maxConcurrentPerUser) {

	static final String PREFIX = "falcon.fitbit.imports";

	/**
	 * The defaults, for code that runs outside Spring.
	 * @return the default limits
	 */
	public static FitbitImportProperties defaults() {
		return new FitbitImportProperties(DataSize.ofGigabytes(1), 20_000, DataSize.ofGigabytes(1),
				DataSize.ofGigabytes(4), 200, 50_000, 1, 8, 2);
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
	 * The bounds of the import pipeline for Fitbit exports.
	 * @return the upload limits
	 */
	UploadLimits uploads() {
		return UploadLimits.of(PREFIX, this.maxUploadSize, this.workers, this.queueCapacity, this.maxConcurrentPerUser);
	}

}

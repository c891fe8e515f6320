package health.falcon.fitbit.export;

import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of the export import ({@code falcon.fitbit.imports.*}).
 *
 * @param maxUploadSize the largest upload accepted (413 above it); the servlet multipart
 * limits must be at least as large
 * @param maxEntries the most ZIP entries an export may hold
 * @param maxEntrySize the largest uncompressed size of one entry
 * @param maxTotalSize the largest uncompressed size of all entries read
 * @param maxCompressionRatio the largest uncompressed/compressed ratio of an entry
 * (zip-bomb guard), checked once an entry has produced more than a mebibyte
 * @param heartRateBatch heart-rate samples handed to the store at once (bounds memory)
 * @param workers imports that run at the same time
 * @param queueCapacity imports that may wait for a worker before uploads are refused
 */
@ConfigurationProperties("falcon.fitbit.imports")
@Validated
public record FitbitImportProperties(@DefaultValue("2GB") DataSize maxUploadSize,
		@DefaultValue("20000") @Positive int maxEntries, @DefaultValue("1GB") DataSize maxEntrySize,
		@DefaultValue("8GB") DataSize maxTotalSize, @DefaultValue("200") @Positive int maxCompressionRatio,
		@DefaultValue("50000") @Positive int heartRateBatch, @DefaultValue("1") @Positive int workers,
		@DefaultValue("8") @Positive int queueCapacity) {

	/**
	 * The defaults, for code that runs outside Spring.
	 * @return the default limits
	 */
	public static FitbitImportProperties defaults() {
		return new FitbitImportProperties(DataSize.ofGigabytes(2), 20_000, DataSize.ofGigabytes(1),
				DataSize.ofGigabytes(8), 200, 50_000, 1, 8);
	}

}

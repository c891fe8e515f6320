package health.falcon.diet.export;

import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of the MyFitnessPal export import ({@code falcon.diet.imports.*}).
 *
 * @param maxUploadSize the largest upload accepted (413 above it); the servlet multipart
 * limits must be at least as large
 * @param maxEntries the most ZIP entries an export may hold
 * @param maxEntrySize the largest uncompressed size of one ZIP entry
 * @param maxTotalSize the largest uncompressed size of all entries read
 * @param workers imports that run at the same time
 * @param queueCapacity imports that may wait for a worker before uploads are refused
 */
@ConfigurationProperties("falcon.diet.imports")
@Validated
public record DietImportProperties(@DefaultValue("256MB") DataSize maxUploadSize,
		@DefaultValue("100") @Positive int maxEntries, @DefaultValue("64MB") DataSize maxEntrySize,
		@DefaultValue("256MB") DataSize maxTotalSize, @DefaultValue("1") @Positive int workers,
		@DefaultValue("8") @Positive int queueCapacity) {

	/**
	 * The defaults, for code that runs outside Spring.
	 * @return the default limits
	 */
	public static DietImportProperties defaults() {
		return new DietImportProperties(DataSize.ofMegabytes(256), 100, DataSize.ofMegabytes(64),
				DataSize.ofMegabytes(256), 1, 8);
	}

}

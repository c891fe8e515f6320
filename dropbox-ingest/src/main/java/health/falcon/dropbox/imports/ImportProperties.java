package health.falcon.dropbox.imports;

import health.falcon.ingest.imports.UploadLimits;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of the file import ({@code falcon.dropbox.imports.*}).
 *
 * @param maxUploadSize the largest file accepted; it also sets the servlet multipart
 * limits (uploads and profile previews), so a larger upload is refused with 413 while it
 * arrives
 * @param maxErrors the most rejected rows listed in a report (all are counted)
 * @param batchSize readings written to MongoDB at once (bounds memory)
 * @param workers imports that run at the same time
 * @param queueCapacity imports that may wait for a worker before uploads are refused
 * @param maxConcurrentPerUser uploads one user may have queued or running at once (429
 * above it)
 */
@ConfigurationProperties(ImportProperties.PREFIX)
@Validated
public record ImportProperties(@DefaultValue("50MB") DataSize maxUploadSize,
		@DefaultValue("500") @Positive int maxErrors, @DefaultValue("500") @Positive int batchSize,
		@DefaultValue("1") @Positive int workers, @DefaultValue("8") @Positive int queueCapacity,
		@DefaultValue("2") @Positive int maxConcurrentPerUser) {

	static final String PREFIX = "falcon.dropbox.imports";

	/**
	 * The bounds of the {@code dropbox} reader's imports.
	 * @return the limits, with {@code max-concurrent-per-user} named in its refusal
	 */
	UploadLimits limits() {
		return new UploadLimits(this.maxUploadSize, this.workers, this.queueCapacity, this.maxConcurrentPerUser,
				PREFIX + ".max-concurrent-per-user", this.maxErrors);
	}

}

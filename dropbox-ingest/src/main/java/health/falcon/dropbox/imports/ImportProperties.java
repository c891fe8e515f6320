package health.falcon.dropbox.imports;

import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of the file import ({@code falcon.dropbox.imports.*}).
 *
 * @param maxUploadSize the largest file accepted (413 above it); the servlet multipart
 * limits must be at least as large
 * @param maxErrors the most rejected rows listed in a report (all are counted)
 * @param batchSize readings written to MongoDB at once (bounds memory)
 * @param workers imports that run at the same time
 * @param queueCapacity imports that may wait for a worker before uploads are refused
 */
@ConfigurationProperties("falcon.dropbox.imports")
@Validated
public record ImportProperties(@DefaultValue("50MB") DataSize maxUploadSize,
		@DefaultValue("500") @Positive int maxErrors, @DefaultValue("500") @Positive int batchSize,
		@DefaultValue("1") @Positive int workers, @DefaultValue("8") @Positive int queueCapacity) {

}

package health.falcon.fitness.restore;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The upload of a {@code falcon-export} archive to fitness-service
 * ({@code falcon.fitness.restore.*}).
 *
 * @param maxUploadSize the largest archive accepted (413 beyond)
 * @param workers restores read at once
 * @param queueCapacity restores waiting for a worker
 * @param maxConcurrentPerUser restores one user may have queued or running
 */
@ConfigurationProperties("falcon.fitness.restore")
@Validated
record FitnessRestoreProperties(@DefaultValue("512MB") DataSize maxUploadSize,
		@DefaultValue("1") @Min(1) @Max(8) int workers, @DefaultValue("4") @Min(1) int queueCapacity,
		@DefaultValue("1") @Min(1) int maxConcurrentPerUser) {

	static final String PREFIX = "falcon.fitness.restore";

}

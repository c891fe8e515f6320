package health.falcon.ingest.imports;

import org.springframework.util.unit.DataSize;

/**
 * The bounds of one reader's imports, from the owning service's typed properties.
 *
 * @param maxUploadSize the largest file accepted; a larger one is refused with 413
 * @param workers imports read at once
 * @param queueCapacity imports waiting for a worker; beyond that 503
 * {@code import-queue-full}
 * @param maxPerUser imports one user may have queued or running at once; beyond that 429
 * {@code too-many-imports}
 * @param maxPerUserProperty the property that sets {@code maxPerUser}, named in the
 * refusal
 * @param maxErrors row errors listed in a report; more are only counted
 */
public record UploadLimits(DataSize maxUploadSize, int workers, int queueCapacity, int maxPerUser,
		String maxPerUserProperty, int maxErrors) {

}

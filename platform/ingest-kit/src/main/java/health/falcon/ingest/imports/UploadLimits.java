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

	/** Errors listed in a report unless a service sets its own number. */
	public static final int DEFAULT_MAX_ERRORS = 200;

	/**
	 * The limits of a service whose import keys live under one prefix, with the per-user
	 * cap at {@code <prefix>.max-concurrent-per-user} and {@value #DEFAULT_MAX_ERRORS}
	 * errors listed.
	 * @param prefix the service's import property prefix, such as
	 * {@code falcon.fitbit.imports}
	 * @param maxUploadSize the largest file accepted
	 * @param workers imports read at once
	 * @param queueCapacity imports waiting for a worker
	 * @param maxConcurrentPerUser imports one user may have queued or running at once
	 * @return the limits
	 */
	public static UploadLimits of(String prefix, DataSize maxUploadSize, int workers, int queueCapacity,
			int maxConcurrentPerUser) {
		return new UploadLimits(maxUploadSize, workers, queueCapacity, maxConcurrentPerUser,
				prefix + ".max-concurrent-per-user", DEFAULT_MAX_ERRORS);
	}

}

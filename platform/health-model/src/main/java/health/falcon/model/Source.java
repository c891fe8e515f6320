package health.falcon.model;

import java.time.Instant;
import java.util.Objects;

/**
 * Provenance of a measurement: which provider it came from, the provider's own identifier
 * for it, the ingest run that wrote it, and when Falcon received it. Together with the
 * user id, {@code provider} and {@code sourceId} form the natural key that makes
 * ingestion idempotent.
 *
 * @param provider the provider key, for example {@code strava} or {@code fitbit}
 * @param sourceId the provider's identifier of the record (activity id, file name and
 * row, ...)
 * @param ingestRunId the id of the sync run (in {@code sync_runs}) that wrote the record
 * @param receivedAt when Falcon received the payload, UTC
 */
public record Source(String provider, String sourceId, String ingestRunId, Instant receivedAt) {

	public Source {
		requireText(provider, "provider");
		requireText(sourceId, "sourceId");
		requireText(ingestRunId, "ingestRunId");
		Objects.requireNonNull(receivedAt, "receivedAt must not be null");
	}

	private static void requireText(String value, String name) {
		Objects.requireNonNull(value, () -> name + " must not be null");
		if (value.isBlank()) {
			throw new IllegalArgumentException(name + " must not be blank");
		}
	}

}

package health.falcon.ingest.sync;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A provider record that could not be mapped, in {@code quarantined_records}, kept with
 * its reason and compressed raw payload for a later replay. Written once, hence a record.
 *
 * @param userId the owner
 * @param provider the provider's id, for example {@code strava}
 * @param runId the run that met it
 * @param recordId the provider's record id
 * @param reason why it could not be mapped
 * @param quarantinedAt when
 * @param payloadGzip the raw payload, gzip
 * @param truncated whether the payload was cut to the size cap
 */
@Document("quarantined_records")
record QuarantinedRecord(@Id String id, String userId, String provider, String runId, String recordId, String reason,
		Instant quarantinedAt, byte[] payloadGzip, boolean truncated) {

}

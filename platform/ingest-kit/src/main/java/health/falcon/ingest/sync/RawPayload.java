package health.falcon.ingest.sync;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An archived raw provider response in {@code raw_payloads}, compressed and size-capped,
 * for replay when a mapper improves. Written once, hence a record.
 *
 * @param userId the owner
 * @param provider the provider's id, for example {@code strava}
 * @param runId the run that fetched it
 * @param kind what it is, for example {@code athlete-activities-page}
 * @param receivedAt when
 * @param payloadGzip the body, gzip
 * @param truncated whether the body was cut to
 * {@code falcon.ingest.raw-archive.max-bytes}
 * @param originalBytes the uncompressed size of the whole body
 */
@Document("raw_payloads")
record RawPayload(@Id String id, String userId, String provider, String runId, String kind, Instant receivedAt,
		byte[] payloadGzip, boolean truncated, int originalBytes) {

}

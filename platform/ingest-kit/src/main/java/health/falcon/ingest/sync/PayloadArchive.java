package health.falcon.ingest.sync;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.mongodb.core.MongoOperations;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Writes quarantined records and archived raw payloads, and purges both for a user and
 * provider.
 */
class PayloadArchive {

	private final MongoOperations mongo;

	private final long maxBytes;

	PayloadArchive(MongoOperations mongo, long maxBytes) {
		this.mongo = mongo;
		this.maxBytes = maxBytes;
	}

	void quarantine(RunScope scope, String recordId, String reason, String rawPayload, Instant now) {
		Gzip.Compressed payload = Gzip.compress(rawPayload, this.maxBytes);
		this.mongo.insert(new QuarantinedRecord(UUID.randomUUID().toString(), scope.userId(), scope.provider(),
				scope.runId(), recordId, reason, now, payload.gzip(), payload.truncated()));
	}

	void archive(RunScope scope, String kind, String body, Instant now) {
		Gzip.Compressed payload = Gzip.compress(body, this.maxBytes);
		this.mongo.insert(new RawPayload(UUID.randomUUID().toString(), scope.userId(), scope.provider(), scope.runId(),
				kind, now, payload.gzip(), payload.truncated(), payload.originalBytes()));
	}

	long purge(String userId, String provider) {
		long quarantined = this.mongo
			.remove(query(where("userId").is(userId).and("provider").is(provider)), QuarantinedRecord.class)
			.getDeletedCount();
		return quarantined
				+ this.mongo.remove(query(where("userId").is(userId).and("provider").is(provider)), RawPayload.class)
					.getDeletedCount();
	}

	/**
	 * Who and which run a payload belongs to.
	 *
	 * @param userId the owner
	 * @param provider the provider's id, for example {@code strava}
	 */
	record RunScope(String userId, String provider, String runId) {

	}

}

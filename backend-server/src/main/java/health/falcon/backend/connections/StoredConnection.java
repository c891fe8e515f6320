package health.falcon.backend.connections;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Read model of a {@code connections} document (written by the provider's ingest service,
 * see {@code docs/ingest-contracts.md}). It has no token or lease members on purpose, and
 * {@link ConnectionRepository} does not even fetch them.
 *
 * @param provider the provider's id, for example {@code strava}
 * @param status the connection status ({@code ACTIVE}, {@code SYNCING}, …)
 * @param statusReason why the status is what it is, if recorded
 * @param accountId the user's account id at the provider
 * @param counts records stored per stream
 * @param lastSuccessfulSyncAt when the last sync succeeded
 * @param lastRunStatus outcome of the last run ({@code SUCCEEDED}, {@code FAILED}, …)
 * @param backfill history import progress, absent before the first backfill
 */
@Document("connections")
record StoredConnection(String provider, @Nullable String status, @Nullable String statusReason,
		@Nullable String accountId, @Nullable Map<String, Long> counts, @Nullable Instant lastSuccessfulSyncAt,
		@Nullable String lastRunStatus, @Nullable Backfill backfill) {

	/**
	 * Progress of the history import.
	 *
	 * @param from the oldest instant the backfill will reach
	 * @param reached the instant covered so far
	 * @param completed whether it finished
	 */
	record Backfill(@Nullable Instant from, @Nullable Instant reached, @Nullable Boolean completed) {
	}

}

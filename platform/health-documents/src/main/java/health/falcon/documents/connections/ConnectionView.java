package health.falcon.documents.connections;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Read view of a {@code connections} document: the status members a dashboard shows. It
 * has no token or lease members on purpose; query with {@link #FIELDS} as the projection
 * so that they never leave MongoDB.
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
@Document(ConnectionsCollection.COLLECTION)
public record ConnectionView(String provider, @Nullable String status, @Nullable String statusReason,
		@Nullable String accountId, @Nullable Map<String, Long> counts, @Nullable Instant lastSuccessfulSyncAt,
		@Nullable String lastRunStatus, @Nullable Backfill backfill) {

	/**
	 * The members this view reads, for a query's field projection.
	 */
	public static final List<String> FIELDS = List.of(ConnectionsCollection.PROVIDER, ConnectionsCollection.STATUS,
			ConnectionsCollection.STATUS_REASON, ConnectionsCollection.ACCOUNT_ID, ConnectionsCollection.COUNTS,
			ConnectionsCollection.LAST_SUCCESSFUL_SYNC_AT, ConnectionsCollection.LAST_RUN_STATUS,
			ConnectionsCollection.BACKFILL);

	/**
	 * Progress of the history import, which reads newest first.
	 *
	 * @param from the oldest instant the backfill will reach
	 * @param reached the oldest instant read completely so far (it moves back from the
	 * connection time towards {@code from})
	 * @param completed whether it finished
	 * @param newestFirst whether the newest-first backfill wrote it; without it,
	 * {@code reached} is the old oldest-first code's (moving forward from {@code from})
	 */
	public record Backfill(@Nullable Instant from, @Nullable Instant reached, @Nullable Boolean completed,
			@Nullable Boolean newestFirst) {

		/**
		 * @return whether an unfinished state of the old oldest-first code wrote it; the
		 * ingest kit finishes such a backfill through its stream cursors and marks it
		 * completed at the next run, and its {@code reached} means the opposite
		 */
		public boolean oldestFirst() {
			return !Boolean.TRUE.equals(this.newestFirst);
		}

	}

}

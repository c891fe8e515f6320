package health.falcon.ingest.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import health.falcon.ingest.connection.Backfill;
import health.falcon.ingest.connection.Connection;
import health.falcon.ingest.connection.ConnectionStatus;
import org.jspecify.annotations.Nullable;

/**
 * A connection as {@code GET /api/connections/{provider}} shows it: never tokens, cursors
 * or the lease.
 *
 * @param provider the provider's id, for example {@code strava}
 * @param status the status ({@code NOT_CONNECTED} when there is no connection)
 * @param statusReason why, for {@code NEEDS_RECONNECT} and {@code ERROR}
 * @param accountId the provider's account id
 * @param grantedScopes the scopes the user granted
 * @param connectedAt when the user connected
 * @param lastSuccessfulSyncAt when a sync last succeeded
 * @param lastRun the newest run
 * @param counts records written per stream
 * @param backfill backfill progress
 */
record ConnectionView(String provider, ConnectionStatus status, @Nullable String statusReason,
		@Nullable String accountId, List<String> grantedScopes, @Nullable Instant connectedAt,
		@Nullable Instant lastSuccessfulSyncAt, @Nullable RunView lastRun, Map<String, Long> counts,
		@Nullable BackfillView backfill) {

	static ConnectionView notConnected(String provider) {
		return new ConnectionView(provider, ConnectionStatus.NOT_CONNECTED, null, null, List.of(), null, null, null,
				Map.of(), null);
	}

	static ConnectionView of(Connection connection, @Nullable RunView lastRun) {
		return new ConnectionView(connection.getProvider(), connection.getStatus(), connection.getStatusReason(),
				connection.getAccountId(), connection.getGrantedScopes(), connection.getConnectedAt(),
				connection.getLastSuccessfulSyncAt(), lastRun, connection.getCounts(),
				BackfillView.of(connection.getBackfill()));
	}

	/**
	 * The history import as the browser sees it: it reads newest first, so
	 * {@code reached} moves back from the connection time towards {@code from}.
	 *
	 * @param from the oldest instant it will reach
	 * @param reached the oldest instant read completely so far, {@code null} before the
	 * first window
	 * @param completed whether it finished
	 */
	record BackfillView(Instant from, @Nullable Instant reached, boolean completed) {

		static @Nullable BackfillView of(@Nullable Backfill backfill) {
			if (backfill == null) {
				return null;
			}
			// an unfinished oldest-first state is finished through the cursors (and
			// marked
			// completed at its next run); its reached meant the opposite
			boolean completed = backfill.completed() || !backfill.readsNewestFirst();
			return new BackfillView(backfill.from(), backfill.readsNewestFirst() ? backfill.reached() : null,
					completed);
		}

	}

}

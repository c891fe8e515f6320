package health.falcon.backend.connections;

import java.net.URI;
import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import org.jspecify.annotations.Nullable;

/**
 * One entry of {@code GET /api/connections}: a known provider and the user's connection
 * to it.
 *
 * @param provider the provider's id, for example {@code strava}
 * @param displayName the name shown to the user
 * @param description what the provider contributes
 * @param available whether its connector exists yet
 * @param sandboxSignInUrl where the local sandbox lets the user sign in to try the
 * provider; omitted unless configured (never against the real providers)
 * @param status {@code NOT_CONNECTED} when the user never connected it, otherwise the
 * stored status
 * @param statusReason why, when the ingest service recorded a reason
 * @param accountId the user's account id at the provider; omitted when unknown
 * @param lastSuccessfulSyncAt when the last sync succeeded
 * @param lastRunStatus outcome of the last run
 * @param counts records stored per stream (empty when none)
 * @param backfill history import progress; omitted before the first backfill
 */
record ConnectionSummary(String provider, String displayName, String description, boolean available,
		@JsonInclude(Include.NON_NULL) @Nullable URI sandboxSignInUrl, String status, @Nullable String statusReason,
		@JsonInclude(Include.NON_NULL) @Nullable String accountId, @Nullable Instant lastSuccessfulSyncAt,
		@Nullable String lastRunStatus, Map<String, Long> counts,
		@JsonInclude(Include.NON_NULL) @Nullable Backfill backfill) {

	static final String NOT_CONNECTED = "NOT_CONNECTED";

	/**
	 * History import progress. The import reads newest first, so {@code reached} moves
	 * back from the connection time towards {@code from}.
	 *
	 * @param from the oldest instant the backfill will reach
	 * @param reached the oldest instant read completely so far, {@code null} before the
	 * first window
	 * @param completed whether it finished
	 */
	record Backfill(@Nullable Instant from, @Nullable Instant reached, boolean completed) {
	}

}

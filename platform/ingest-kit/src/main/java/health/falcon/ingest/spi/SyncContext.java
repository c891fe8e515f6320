package health.falcon.ingest.spi;

import java.time.Clock;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.web.client.RestClient;

/**
 * What the kit gives a connector for one run. Not thread-safe; valid only during the run.
 */
public interface SyncContext {

	/**
	 * @return the owner of the connection; every record written carries it
	 */
	String userId();

	/**
	 * @return why this run happens
	 */
	SyncTrigger trigger();

	/**
	 * @return the run's id, recorded as {@code source.ingestRunId} on every record
	 */
	String runId();

	/**
	 * @return the provider's account id for this connection (Strava athlete id), if known
	 */
	@Nullable String accountId();

	/**
	 * @param stream a connector-chosen stream name, for example {@code activities}
	 * @return the stream's cursor, or {@code null} before the first successful batch
	 */
	@Nullable String cursor(String stream);

	/**
	 * Advance a stream's cursor after its batch was durably written. A crash before this
	 * call repeats the batch on the next run, which the connector's upserts make
	 * harmless.
	 * @param stream the stream name
	 * @param cursor the new cursor
	 * @param written how many records the batch inserted or changed (for counts and the
	 * run)
	 */
	void advance(String stream, String cursor, int written);

	/**
	 * Count records without moving a cursor (targeted webhook work).
	 * @param written records inserted or changed
	 */
	void recordWritten(int written);

	/**
	 * Count records the run marked deleted because the provider no longer has them (a
	 * reconciliation); shown as {@code deleted} on the run.
	 * @param deleted records newly marked deleted
	 * @throws UnsupportedOperationException by default
	 */
	default void recordDeleted(int deleted) {
		throw new UnsupportedOperationException("This context does not count deletions");
	}

	/**
	 * Put aside a record that could not be mapped, with its reason and raw payload; the
	 * run goes on.
	 * @param recordId the provider's id of the record
	 * @param reason why it could not be used (no health values in it)
	 * @param rawPayload the record as received
	 */
	void quarantine(String recordId, String reason, String rawPayload);

	/**
	 * Archive a raw provider response (compressed, size-capped) for replay when a mapper
	 * improves.
	 * @param kind what it is, for example {@code athlete-activities-page}
	 * @param payload the body as received
	 */
	void archive(String kind, String payload);

	/**
	 * Report backfill progress after a window's data was stored (shown by {@code GET
	 * /api/connections/{provider}}). The backfill reads newest first, so {@code reached}
	 * moves back in time; the kit marks it completed once {@code reached} is at or before
	 * {@code from}. {@link BackfillWindows} reports it for day windows.
	 * @param from the oldest instant the backfill will reach
	 * @param reached the oldest instant read and stored completely so far
	 */
	void backfillProgress(Instant from, Instant reached);

	/**
	 * @return the oldest instant the backfill reaches: the connection's stored
	 * {@code backfill.from}, else now minus
	 * {@code falcon.ingest.providers.<id>.backfill-depth} (default one year)
	 */
	Instant backfillFrom();

	/**
	 * The connection's backfill as this run sees it, including the progress this run
	 * reported. A connector reads new data through its stream cursors first and then
	 * spends the rest of its run on the backfill's windows, newest first, while this is
	 * not completed.
	 * @return the state, {@code null} when no backfill is planned (by default)
	 */
	default @Nullable BackfillState backfill() {
		return null;
	}

	/**
	 * A client for the provider's API base URL
	 * ({@code falcon.ingest.providers.<id>.api-base-url}) that adds the connection's
	 * bearer token (refreshed when due), takes every request from the provider's rate
	 * budget, feeds the budget from the responses, and retries transient faults (5xx,
	 * timeouts, resets) with bounded exponential backoff and jitter. A 401 marks the
	 * connection {@code NEEDS_RECONNECT} and fails the run; a 429 waits for the window or
	 * defers the run.
	 * @return the client
	 */
	RestClient api();

	/**
	 * @return the kit's clock (controllable in tests)
	 */
	Clock clock();

	/**
	 * The secret the user connected with, decrypted, for
	 * {@link ConnectionMethod#USER_CREDENTIAL} connections (stored by
	 * {@code IngestOperations.connectWithCredential}). Never log it.
	 * @return the credential
	 * @throws UnsupportedOperationException for OAuth connections, and by default
	 * @throws health.falcon.ingest.oauth.ReconnectRequiredException when no credential is
	 * stored (any more)
	 */
	default String credential() {
		throw new UnsupportedOperationException("This run has no user credential");
	}

	/**
	 * The connection's current OAuth access token, refreshed first when it expires within
	 * five minutes (the same token {@link #api()} sends), for the few calls a connector
	 * must make itself with the token in a body or parameter rather than a bearer header:
	 * typically the provider's token revocation endpoint in
	 * {@link ProviderConnector#revoke(SyncContext)}, called on disconnect while the token
	 * still works. Read from the stored connection on every call. Never log it, archive
	 * it or put it in an exception message.
	 * @return the access token
	 * @throws UnsupportedOperationException for {@link ConnectionMethod#USER_CREDENTIAL}
	 * connections (use {@link #credential()}), and by default
	 * @throws health.falcon.ingest.oauth.ReconnectRequiredException when the connection
	 * has no usable tokens or the provider refused the refresh
	 */
	default String accessToken() {
		throw new UnsupportedOperationException("This context has no OAuth access token");
	}

	/**
	 * A client for another base URL of the provider (a web host beside its API) that adds
	 * no credential: the connector sets its own headers (a cookie, a bearer token it
	 * obtained itself). Like {@link #api()} it takes every request from the provider's
	 * rate budget, waits out a 429 and retries transient faults of idempotent requests;
	 * unlike it, a 401 is handed back to the connector and redirects are not followed.
	 * @return the client
	 * @throws UnsupportedOperationException by default
	 */
	default RestClient client(String baseUrl) {
		throw new UnsupportedOperationException("This context has no plain provider client");
	}

}

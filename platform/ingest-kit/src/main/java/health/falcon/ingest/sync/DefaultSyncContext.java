package health.falcon.ingest.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import health.falcon.ingest.connection.Backfill;
import health.falcon.ingest.connection.Connection;
import health.falcon.ingest.connection.ConnectionStore;
import health.falcon.ingest.connection.Lease;
import health.falcon.ingest.oauth.AccessTokens;
import health.falcon.ingest.spi.BackfillState;
import health.falcon.ingest.spi.SyncContext;
import health.falcon.ingest.spi.SyncTrigger;
import org.jspecify.annotations.Nullable;

import org.springframework.web.client.RestClient;

/**
 * The {@link SyncContext} of one run: cursors read at lease time, writes that renew the
 * lease, counts for the run document, and a lazily built API client.
 */
class DefaultSyncContext implements SyncContext {

	private final Connection connection;

	private final SyncTrigger trigger;

	private final String runId;

	private final ContextSupport support;

	private final Map<String, String> cursors;

	private int written;

	private int quarantined;

	private int deleted;

	private @Nullable RestClient api;

	private @Nullable BackfillState backfill;

	private boolean backfillReported;

	DefaultSyncContext(Connection connection, SyncTrigger trigger, String runId, ContextSupport support) {
		this.connection = connection;
		this.trigger = trigger;
		this.runId = runId;
		this.support = support;
		this.cursors = new HashMap<>(connection.getCursors());
		this.backfill = state(connection.getBackfill());
	}

	/**
	 * The backfill as a connector sees it: an unfinished state of the old oldest-first
	 * code counts as completed (the kit marks it so before the run, see
	 * {@link RunExecution}), because its stream cursors carry the rest forward.
	 */
	private static @Nullable BackfillState state(@Nullable Backfill backfill) {
		if (backfill == null) {
			return null;
		}
		boolean completed = backfill.completed() || !backfill.readsNewestFirst();
		return new BackfillState(backfill.from(), backfill.readsNewestFirst() ? backfill.reached() : null, completed);
	}

	@Override
	public String userId() {
		return this.connection.getUserId();
	}

	@Override
	public SyncTrigger trigger() {
		return this.trigger;
	}

	@Override
	public String runId() {
		return this.runId;
	}

	@Override
	public @Nullable String accountId() {
		return this.connection.getAccountId();
	}

	@Override
	public @Nullable String cursor(String stream) {
		return this.cursors.get(stream);
	}

	@Override
	public void advance(String stream, String cursor, int written) {
		Lease lease = new Lease(this.runId, clock().instant().plus(this.support.leaseTtl()));
		this.support.store().advance(this.connection.getId(), stream, cursor, written, lease);
		this.cursors.put(stream, cursor);
		this.written += written;
	}

	@Override
	public void recordWritten(int written) {
		this.written += written;
	}

	@Override
	public void recordDeleted(int deleted) {
		this.deleted += deleted;
	}

	@Override
	public void quarantine(String recordId, String reason, String rawPayload) {
		this.support.archive().quarantine(scope(), recordId, reason, rawPayload, clock().instant());
		this.quarantined++;
	}

	@Override
	public void archive(String kind, String payload) {
		this.support.archive().archive(scope(), kind, payload, clock().instant());
	}

	@Override
	public void backfillProgress(Instant from, Instant reached) {
		this.support.store().backfillProgress(this.connection.getId(), from, reached);
		this.backfill = new BackfillState(from, reached, !reached.isAfter(from));
		this.backfillReported = true;
	}

	@Override
	public Instant backfillFrom() {
		BackfillState backfill = this.backfill;
		return (backfill != null) ? backfill.from() : clock().instant().minus(this.support.backfillDepth());
	}

	@Override
	public @Nullable BackfillState backfill() {
		return this.backfill;
	}

	@Override
	public RestClient api() {
		if (this.api == null) {
			this.api = this.support.api().client(this.connection);
		}
		return this.api;
	}

	@Override
	public Clock clock() {
		return this.support.clock();
	}

	@Override
	public String credential() {
		if (!this.support.userCredential()) {
			throw new UnsupportedOperationException(
					this.connection.getProvider() + " connects with OAuth 2; it has no user credential");
		}
		// read from the document rather than the leased copy, so that a disconnect during
		// the run is seen
		return this.support.tokens().accessToken(this.connection.getId());
	}

	@Override
	public String accessToken() {
		if (this.support.userCredential()) {
			throw new UnsupportedOperationException(
					this.connection.getProvider() + " connects with a user credential; use credential()");
		}
		// from the document, refreshed when due (single-flight), like the bearer of api()
		return this.support.tokens().accessToken(this.connection.getId());
	}

	@Override
	public RestClient client(String baseUrl) {
		return this.support.api().plainClient(this.connection, baseUrl);
	}

	/**
	 * @return whether the connector reported backfill progress in this run
	 */
	boolean backfillReported() {
		return this.backfillReported;
	}

	int written() {
		return this.written;
	}

	int quarantined() {
		return this.quarantined;
	}

	int deleted() {
		return this.deleted;
	}

	private PayloadArchive.RunScope scope() {
		return new PayloadArchive.RunScope(this.connection.getUserId(), this.connection.getProvider(), this.runId);
	}

	/**
	 * What a context needs from the kit.
	 *
	 * @param archive quarantine and raw archive
	 * @param api the API client factory
	 * @param leaseTtl the lease lifetime after each renewal
	 * @param backfillDepth how far back a backfill reaches
	 * @param tokens where the access token (OAuth) or the user credential is read
	 * @param userCredential whether the connection holds a user credential rather than
	 * OAuth tokens
	 */
	record ContextSupport(ConnectionStore store, PayloadArchive archive, ProviderApi api, Clock clock,
			Duration leaseTtl, Duration backfillDepth, AccessTokens tokens, boolean userCredential) {

	}

}

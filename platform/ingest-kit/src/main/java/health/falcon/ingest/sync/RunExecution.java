package health.falcon.ingest.sync;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import health.falcon.ingest.api.RunOutcome;
import health.falcon.ingest.connection.Connection;
import health.falcon.ingest.connection.ConnectionStatus;
import health.falcon.ingest.connection.ConnectionStore;
import health.falcon.ingest.oauth.AccessTokens;
import health.falcon.ingest.oauth.ReconnectRequiredException;
import health.falcon.ingest.ratelimit.RateLimitDeferredException;
import health.falcon.ingest.spi.SyncContext;
import health.falcon.ingest.spi.SyncTrigger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work under a held lease: the {@code sync_runs} document, status {@code SYNCING}, a
 * fresh token, the work itself, then the outcome on the run and the connection and the
 * lease released.
 */
class RunExecution {

	private static final Logger logger = LoggerFactory.getLogger(RunExecution.class);

	private final SyncRunRepository runs;

	private final ConnectionStore store;

	private final AccessTokens tokens;

	private final SyncContexts contexts;

	private final Clock clock;

	RunExecution(SyncRunRepository runs, ConnectionStore store, AccessTokens tokens, SyncContexts contexts,
			Clock clock) {
		this.runs = runs;
		this.store = store;
		this.tokens = tokens;
		this.contexts = contexts;
		this.clock = clock;
	}

	RunOutcome execute(Connection leased, SyncTrigger trigger, String runId, Consumer<SyncContext> work) {
		String id = leased.getId();
		SyncRun run = this.runs
			.save(SyncRun.started(runId, leased.getUserId(), leased.getProvider(), trigger, this.clock.instant()));
		this.store.transition(id, leased.getStatus(), ConnectionStatus.SYNCING, null, this.clock.instant());
		DefaultSyncContext context = this.contexts.create(leased, trigger, runId);
		List<String> errors = new ArrayList<>();
		RunOutcome.Status status = attempt(id, context, work, errors);
		Instant now = this.clock.instant();
		ConnectionStatus after = (status == RunOutcome.Status.FAILED) ? ConnectionStatus.ERROR
				: ConnectionStatus.ACTIVE;
		this.store.transition(id, ConnectionStatus.SYNCING, after,
				(after == ConnectionStatus.ERROR) ? "sync-failed" : null, now);
		if (status == RunOutcome.Status.SUCCEEDED && trigger == SyncTrigger.BACKFILL) {
			this.store.backfillCompleted(id);
		}
		this.store.releaseLease(id, runId, status.name(), now, status == RunOutcome.Status.SUCCEEDED);
		run.finish(now, status.name(), context.written(), context.quarantined(), errors);
		this.runs.save(run);
		logger.info("Sync run {} of {} ({}) ended {}: {} written, {} quarantined", runId, leased.getProvider(), trigger,
				status, context.written(), context.quarantined());
		return new RunOutcome(runId, status);
	}

	private RunOutcome.Status attempt(String id, DefaultSyncContext context, Consumer<SyncContext> work,
			List<String> errors) {
		try {
			this.tokens.accessToken(id);
			work.accept(context);
			return RunOutcome.Status.SUCCEEDED;
		}
		catch (RuntimeException ex) {
			RateLimitDeferredException deferred = SafeErrors.find(ex, RateLimitDeferredException.class);
			if (deferred != null) {
				errors.add("Deferred: rate budget spent until " + deferred.getUntil());
				return RunOutcome.Status.DEFERRED;
			}
			ReconnectRequiredException reconnect = SafeErrors.find(ex, ReconnectRequiredException.class);
			if (reconnect != null) {
				errors.add("Reconnect required: " + reconnect.getReason());
				return RunOutcome.Status.FAILED;
			}
			logger.warn("Sync run {} failed: {}", context.runId(), SafeErrors.describe(ex));
			errors.add(SafeErrors.describe(ex));
			return RunOutcome.Status.FAILED;
		}
	}

}

package health.falcon.ingest.sync;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import health.falcon.ingest.api.RunOutcome;
import health.falcon.ingest.connection.Backfill;
import health.falcon.ingest.connection.Connection;
import health.falcon.ingest.connection.ConnectionStatus;
import health.falcon.ingest.connection.ConnectionStore;
import health.falcon.ingest.oauth.AccessTokens;
import health.falcon.ingest.oauth.ReconnectRequiredException;
import health.falcon.ingest.ratelimit.RateLimitDeferredException;
import health.falcon.ingest.spi.ConnectionErrorException;
import health.falcon.ingest.spi.SyncContext;
import health.falcon.ingest.spi.SyncTrigger;
import org.jspecify.annotations.Nullable;
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
		migrateOldestFirstBackfill(leased);
		DefaultSyncContext context = this.contexts.create(leased, trigger, runId);
		List<String> errors = new ArrayList<>();
		Ending ending = attempt(id, context, work, errors);
		RunOutcome.Status status = ending.status();
		Instant now = this.clock.instant();
		this.store.transition(id, ConnectionStatus.SYNCING, ending.connection(), ending.reason(), now);
		if (status == RunOutcome.Status.SUCCEEDED && trigger == SyncTrigger.BACKFILL && !context.backfillReported()) {
			// a connector that does not window its backfill finishes it in one run
			this.store.backfillCompleted(id);
		}
		this.store.releaseLease(id, runId, status.name(), now, status == RunOutcome.Status.SUCCEEDED);
		run.finish(now, status.name(), context.written(), context.quarantined(), context.deleted(), errors);
		this.runs.save(run);
		logger.info("Sync run {} of {} ({}) ended {}: {} written, {} quarantined", runId, leased.getProvider(), trigger,
				status, context.written(), context.quarantined());
		return new RunOutcome(runId, status);
	}

	/**
	 * An unfinished backfill stored by the old oldest-first code is finished the old way:
	 * its data from {@code from} up to the old {@code reached} is stored, and the stream
	 * cursors, which moved forward with it, read on to now (a stream without a cursor
	 * reads from {@code from}), so nothing is skipped and nothing is read twice.
	 */
	private void migrateOldestFirstBackfill(Connection leased) {
		Backfill backfill = leased.getBackfill();
		if (backfill != null && backfill.unfinishedOldestFirst()) {
			logger.info("Finishing an oldest-first backfill of {} through its stream cursors", leased.getProvider());
			this.store.backfillCompleted(leased.getId());
		}
	}

	private Ending attempt(String id, DefaultSyncContext context, Consumer<SyncContext> work, List<String> errors) {
		try {
			this.tokens.accessToken(id);
			work.accept(context);
			return new Ending(RunOutcome.Status.SUCCEEDED, ConnectionStatus.ACTIVE, null);
		}
		catch (RuntimeException ex) {
			RateLimitDeferredException deferred = SafeErrors.find(ex, RateLimitDeferredException.class);
			if (deferred != null) {
				errors.add("Deferred: rate budget spent until " + deferred.getUntil());
				return new Ending(RunOutcome.Status.DEFERRED, ConnectionStatus.ACTIVE, null);
			}
			ReconnectRequiredException reconnect = SafeErrors.find(ex, ReconnectRequiredException.class);
			if (reconnect != null) {
				// A refused token was marked already: the connection is no longer
				// SYNCING, so this transition changes nothing. A connector's own
				// finding (an expired session) is marked here.
				errors.add("Reconnect required: " + reconnect.getReason());
				return new Ending(RunOutcome.Status.FAILED, ConnectionStatus.NEEDS_RECONNECT, reconnect.getReason());
			}
			ConnectionErrorException error = SafeErrors.find(ex, ConnectionErrorException.class);
			if (error != null) {
				errors.add("Connection error: " + error.getReason());
				return new Ending(RunOutcome.Status.FAILED, ConnectionStatus.ERROR, error.getReason());
			}
			logger.warn("Sync run {} failed: {}", context.runId(), SafeErrors.describe(ex));
			errors.add(SafeErrors.describe(ex));
			return new Ending(RunOutcome.Status.FAILED, ConnectionStatus.ERROR, "sync-failed");
		}
	}

	/**
	 * How a run ends, for the run and for the connection.
	 *
	 * @param status the run's outcome
	 * @param connection the connection's status afterwards
	 * @param reason the connection's status reason, {@code null} for none
	 */
	private record Ending(RunOutcome.Status status, ConnectionStatus connection, @Nullable String reason) {

	}

}

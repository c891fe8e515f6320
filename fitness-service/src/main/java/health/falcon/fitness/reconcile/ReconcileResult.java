package health.falcon.fitness.reconcile;

import health.falcon.ingest.api.RunOutcome;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of an on-demand reconciliation.
 *
 * @param runId the {@code sync_runs} id (also listed by
 * {@code GET /api/connections/strava/runs})
 * @param status {@code SUCCEEDED}; {@code FAILED} or {@code DEFERRED} when the listing
 * was not complete, and then nothing was deleted
 * @param deleted activities soft-deleted because Strava no longer lists them
 */
record ReconcileResult(@Nullable String runId, RunOutcome.Status status, int deleted) {

}

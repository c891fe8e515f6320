package health.falcon.ingest.api;

import org.jspecify.annotations.Nullable;

/**
 * How a run ended.
 *
 * @param runId the {@code sync_runs} document id, or {@code null} when nothing ran
 * @param status the outcome
 */
public record RunOutcome(@Nullable String runId, Status status) {

	/** Run outcomes. */
	public enum Status {

		/** Finished; every fetched record was written or quarantined. */
		SUCCEEDED,

		/** Ended with an error; cursors stayed where the last durable batch left them. */
		FAILED,

		/**
		 * Stopped because the rate budget is spent until a later window; resumes then.
		 */
		DEFERRED,

		/** Another run held the lease for longer than the wait allows. */
		BUSY,

		/** The connection is not usable (not connected, revoked, needs reconnect). */
		SKIPPED

	}

}

package health.falcon.ingest.spi;

/**
 * Why a sync runs; recorded on every {@code sync_runs} document.
 */
public enum SyncTrigger {

	/** The provider's Quartz schedule. */
	SCHEDULE,

	/** A provider webhook or notification. */
	WEBHOOK,

	/** The user pressed "sync now". */
	MANUAL,

	/** The history import right after connecting (resumable). */
	BACKFILL

}

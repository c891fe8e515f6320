package health.falcon.ingest.imports;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an imported file is.
 */
public enum ImportStatus {

	/** Accepted, waiting for a worker. */
	QUEUED,

	/** Being read. */
	RUNNING,

	/** Read; the report may still list skipped rows and errors. */
	SUCCEEDED,

	/** Refused as a whole (unsafe archive, unreadable file), or the import broke off. */
	FAILED,

	/** Not a format the reader knows; nothing imported. */
	UNSUPPORTED,

	/** The same content was imported before with the same options; not imported again. */
	DUPLICATE,

	/**
	 * A synced file that was not read (too large, not downloadable); the reason says why.
	 */
	SKIPPED,

	/** Passed to the service that imports its format, which reports the import itself. */
	HANDED_OFF;

	/** The statuses that make a later import of the same content a duplicate. */
	static final Set<ImportStatus> ORIGINALS = EnumSet.of(QUEUED, RUNNING, SUCCEEDED, HANDED_OFF);

	/**
	 * Whether the import is over.
	 * @return {@code false} for {@code QUEUED} and {@code RUNNING}
	 */
	public boolean finished() {
		return this != QUEUED && this != RUNNING;
	}

}

package health.falcon.diet.export;

/**
 * Where an import run is.
 */
public enum ImportStatus {

	/** Uploaded, waiting for a worker. */
	QUEUED,

	/** Being imported. */
	RUNNING,

	/** Finished; the report may still list skipped records and errors. */
	SUCCEEDED,

	/** The upload was refused as a whole, or the import broke off. */
	FAILED

}

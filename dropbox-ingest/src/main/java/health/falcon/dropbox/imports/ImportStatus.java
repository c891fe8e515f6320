package health.falcon.dropbox.imports;

/**
 * Where an imported file is.
 */
public enum ImportStatus {

	/** Uploaded, waiting for a worker. */
	QUEUED,

	/** Being imported. */
	RUNNING,

	/** Imported; the report may still list rejected rows. */
	SUCCEEDED,

	/**
	 * Not a format this service reads (binary, unknown header without a matching mapping
	 * profile); nothing imported.
	 */
	UNSUPPORTED,

	/** The same content was imported before (same SHA-256); not imported again. */
	DUPLICATE,

	/** A recognised file that could not be read as a whole, or the import broke off. */
	FAILED,

	/**
	 * A Dropbox file not downloaded (larger than
	 * {@code falcon.dropbox.imports.max-upload-size}, or not downloadable); the reason
	 * says which.
	 */
	SKIPPED,

	/**
	 * A MyFitnessPal or Fitbit export, handed over to the service that imports it
	 * (diet-service, fitbit-service), which reports the import itself; the reason names
	 * its import.
	 */
	HANDED_OFF

}

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
	 * Not a format this service reads (binary, xlsx, unknown header); nothing imported.
	 */
	UNSUPPORTED,

	/** The same content was imported before (same SHA-256); not imported again. */
	DUPLICATE,

	/** A recognised file that could not be read as a whole, or the import broke off. */
	FAILED

}

package health.falcon.ingest.imports;

/**
 * How a file came to be imported.
 */
public enum ImportOrigin {

	/** The signed-in user uploaded it. */
	UPLOAD,

	/** It was synced from the user's Dropbox folder. */
	DROPBOX,

	/**
	 * Another service handed it over on the user's behalf (dropbox-ingest's hand-off).
	 */
	HANDOFF

}

package health.falcon.dropbox.sync;

/**
 * A download grew past {@code falcon.dropbox.imports.max-upload-size} although its listed
 * size was below it; the file is recorded as skipped.
 */
class DownloadTooLargeException extends RuntimeException {

	DownloadTooLargeException() {
		super("larger than the import limit");
	}

}

package health.falcon.dropbox.sync;

/**
 * Dropbox refused the download of one file (409, for example {@code path/not_found} or
 * {@code unsupported_file}); the file is recorded as failed and the sync goes on.
 */
class DownloadRefusedException extends RuntimeException {

	DownloadRefusedException(String summary) {
		super("Dropbox refused the download (" + summary + ")");
	}

}

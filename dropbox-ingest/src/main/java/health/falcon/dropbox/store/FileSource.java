package health.falcon.dropbox.store;

import org.jspecify.annotations.Nullable;

/**
 * Where stored data came from: the file's name, its content SHA-256, the detected format
 * and, for a file synced from Dropbox, the Dropbox revision it was read from. It is not
 * health-model's {@code Source} (provider, source id, ingest run, time received): rows
 * read from a file name neither a run nor a time, so that reading the same content again
 * stores the very same document, and the stored {@code source} fields stay as they are.
 *
 * @param file the file name as uploaded or as named in Dropbox
 * @param sha256 the content SHA-256, lower-case hex
 * @param format the detected format name
 * @param dropbox the Dropbox revision, {@code null} for an upload
 */
public record FileSource(String file, String sha256, String format, @Nullable DropboxRevision dropbox) {

	/**
	 * The source of an uploaded file.
	 * @param file the file name as uploaded
	 * @param format the detected format name
	 */
	public FileSource(String file, String sha256, String format) {
		this(file, sha256, format, null);
	}

}

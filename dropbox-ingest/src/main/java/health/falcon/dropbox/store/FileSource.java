package health.falcon.dropbox.store;

/**
 * Where stored data came from: the file's name, its content SHA-256 and the detected
 * format.
 *
 * @param file the file name as uploaded
 * @param sha256 the content SHA-256, lower-case hex
 * @param format the detected format name
 */
public record FileSource(String file, String sha256, String format) {

}

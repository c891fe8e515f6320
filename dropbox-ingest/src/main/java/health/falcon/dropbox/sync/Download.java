package health.falcon.dropbox.sync;

import java.nio.file.Path;

/**
 * A downloaded revision, kept in a temporary file that the caller deletes.
 *
 * @param file the temporary file
 * @param contentHash its Dropbox content hash
 * @param sha256 its SHA-256
 * @param size its size in bytes
 */
record Download(Path file, String contentHash, String sha256, long size) {

}

/**
 * The Dropbox connector for the ingest kit: OAuth conventions, rate limits, the
 * {@code files/list_folder} cursor sync of the watched folder, downloads checked against
 * Dropbox's {@code content_hash}, and revocation.
 */
@NullMarked
package health.falcon.dropbox.sync;

import org.jspecify.annotations.NullMarked;

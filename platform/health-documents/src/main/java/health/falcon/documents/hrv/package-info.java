/**
 * The {@code hrv_recordings} collection (writer: dropbox-ingest): names and indexes.
 */
@NullMarked
package health.falcon.documents.hrv;

import org.jspecify.annotations.NullMarked;

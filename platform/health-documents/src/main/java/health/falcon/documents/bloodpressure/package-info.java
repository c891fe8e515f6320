/**
 * The {@code blood_pressure} collection (writer: dropbox-ingest): names and indexes.
 */
@NullMarked
package health.falcon.documents.bloodpressure;

import org.jspecify.annotations.NullMarked;

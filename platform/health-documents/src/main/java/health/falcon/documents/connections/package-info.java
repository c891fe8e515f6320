/**
 * The {@code connections} collection (writer: the ingest kit's {@code ConnectionStore} in
 * each ingest service): names, the status read view and the webhook lookup index.
 */
@NullMarked
package health.falcon.documents.connections;

import org.jspecify.annotations.NullMarked;

/**
 * Reading Falcon's own export archive ({@code falcon-export}, written by backend-data's
 * {@code GET /export/all}) back through the file imports: each ingest service declares
 * the collections it owns ({@link health.falcon.ingest.restore.RestoredCollection}) and
 * restores them for the uploading user, re-keyed, idempotently, record by record.
 */
@NullMarked
package health.falcon.ingest.restore;

import org.jspecify.annotations.NullMarked;

/**
 * The user's provider connections as the ingest services record them:
 * {@code GET /api/connections}. Read only; the owning ingest service writes them.
 */
@NullMarked
package health.falcon.backend.connections;

import org.jspecify.annotations.NullMarked;

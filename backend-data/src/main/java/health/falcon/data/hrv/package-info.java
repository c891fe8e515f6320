/**
 * The user's HRV recordings as dropbox-ingest stores them: {@code GET /hrv/recordings}
 * and {@code GET /hrv/recordings/{id}}. Read only.
 */
@NullMarked
package health.falcon.data.hrv;

import org.jspecify.annotations.NullMarked;

/**
 * The user's HRV recordings for the browser, {@code GET /api/hrv/recordings[/{id}]}, read
 * from backend-data.
 */
@NullMarked
package health.falcon.backend.hrv;

import org.jspecify.annotations.NullMarked;

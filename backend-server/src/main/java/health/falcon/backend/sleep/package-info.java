/**
 * The user's sleep sessions for the browser, {@code GET /api/sleep/sessions[/{id}]}, read
 * from backend-data.
 */
@NullMarked
package health.falcon.backend.sleep;

import org.jspecify.annotations.NullMarked;

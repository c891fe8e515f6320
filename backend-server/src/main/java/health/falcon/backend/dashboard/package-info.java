/**
 * The user's dashboard for the browser, {@code GET /api/dashboard}, read from
 * backend-data in one call.
 */
@NullMarked
package health.falcon.backend.dashboard;

import org.jspecify.annotations.NullMarked;

/**
 * The user's activities for the browser, {@code GET /api/activities}, read from
 * backend-data.
 */
@NullMarked
package health.falcon.backend.activities;

import org.jspecify.annotations.NullMarked;

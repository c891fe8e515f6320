/**
 * The user's blood-pressure readings for the browser,
 * {@code GET /api/blood-pressure/readings}, read from backend-data.
 */
@NullMarked
package health.falcon.backend.bloodpressure;

import org.jspecify.annotations.NullMarked;

/**
 * The user's body measurements for the browser, {@code GET /api/body/measurements}, read
 * from backend-data.
 */
@NullMarked
package health.falcon.backend.body;

import org.jspecify.annotations.NullMarked;

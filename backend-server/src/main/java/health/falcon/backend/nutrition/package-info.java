/**
 * The user's nutrition days for the browser, {@code GET /api/nutrition/days[/{date}]},
 * read from backend-data.
 */
@NullMarked
package health.falcon.backend.nutrition;

import org.jspecify.annotations.NullMarked;

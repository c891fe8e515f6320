/**
 * The user's activities as the fitness service stores them: {@code GET /api/activities}.
 * Read only; fitness-service writes them.
 */
@NullMarked
package health.falcon.backend.activities;

import org.jspecify.annotations.NullMarked;

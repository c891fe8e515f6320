/**
 * The user's activities as fitness-service stores them: {@code GET /activities}. Read
 * only; fitness-service writes them.
 */
@NullMarked
package health.falcon.data.activities;

import org.jspecify.annotations.NullMarked;

/**
 * The insights relay: {@code /api/insights} answered by backend-data for the user's
 * relayed token.
 */
@NullMarked
package health.falcon.backend.insights;

import org.jspecify.annotations.NullMarked;

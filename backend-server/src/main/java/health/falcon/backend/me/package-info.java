/**
 * The signed-in user's profile and settings: {@code GET /api/me} and
 * {@code PUT /api/me/settings}.
 */
@NullMarked
package health.falcon.backend.me;

import org.jspecify.annotations.NullMarked;

/**
 * The user's sleep sessions as fitbit-service stores them: {@code GET /sleep/sessions}
 * and {@code GET /sleep/sessions/{id}}. Read only.
 */
@NullMarked
package health.falcon.data.sleep;

import org.jspecify.annotations.NullMarked;

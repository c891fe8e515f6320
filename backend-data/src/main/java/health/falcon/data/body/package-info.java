/**
 * The user's body measurements as diet-service stores them:
 * {@code GET /body/measurements}. Read only.
 */
@NullMarked
package health.falcon.data.body;

import org.jspecify.annotations.NullMarked;

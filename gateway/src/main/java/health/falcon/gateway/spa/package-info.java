/**
 * Serving the single-page application with a fallback to index.html for client-side
 * routes.
 */
@NullMarked
package health.falcon.gateway.spa;

import org.jspecify.annotations.NullMarked;

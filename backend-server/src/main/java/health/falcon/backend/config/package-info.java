/**
 * Cross-cutting beans of backend-server.
 */
@NullMarked
package health.falcon.backend.config;

import org.jspecify.annotations.NullMarked;

/**
 * Cross-cutting beans of backend-data.
 */
@NullMarked
package health.falcon.data.config;

import org.jspecify.annotations.NullMarked;

/**
 * Cross-cutting beans of diet-service.
 */
@NullMarked
package health.falcon.diet.config;

import org.jspecify.annotations.NullMarked;

/**
 * Cross-cutting configuration of fitness-service: typed properties and the webhook
 * security chain.
 */
@NullMarked
package health.falcon.fitness.config;

import org.jspecify.annotations.NullMarked;

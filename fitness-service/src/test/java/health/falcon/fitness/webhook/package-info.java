/**
 * Tests of health.falcon.fitness.webhook.
 */
@NullMarked
package health.falcon.fitness.webhook;

import org.jspecify.annotations.NullMarked;

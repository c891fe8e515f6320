/**
 * Cross-cutting configuration of fitbit-service: typed properties, the clock and the
 * webhook security chain.
 */
@NullMarked
package health.falcon.fitbit.config;

import org.jspecify.annotations.NullMarked;

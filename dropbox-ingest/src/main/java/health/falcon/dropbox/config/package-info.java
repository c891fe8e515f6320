/**
 * Cross-cutting configuration: the clock, typed properties and the webhook security
 * chain.
 */
@NullMarked
package health.falcon.dropbox.config;

import org.jspecify.annotations.NullMarked;

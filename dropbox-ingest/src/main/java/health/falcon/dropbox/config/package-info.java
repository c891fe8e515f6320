/**
 * Cross-cutting beans (the clock).
 */
@NullMarked
package health.falcon.dropbox.config;

import org.jspecify.annotations.NullMarked;

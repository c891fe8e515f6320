/**
 * Tests of health.falcon.dropbox.webhook.
 */
@NullMarked
package health.falcon.dropbox.webhook;

import org.jspecify.annotations.NullMarked;

/**
 * Dropbox webhooks: the verification challenge and signed change notifications, which
 * queue a sync of every connected account they name.
 */
@NullMarked
package health.falcon.dropbox.webhook;

import org.jspecify.annotations.NullMarked;

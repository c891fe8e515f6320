/**
 * Google Health notifications at {@code /webhooks/google-health}: the verification
 * handshake, the secret or signature check, and a targeted re-fetch of what a
 * notification names.
 */
@NullMarked
package health.falcon.fitbit.notification;

import org.jspecify.annotations.NullMarked;

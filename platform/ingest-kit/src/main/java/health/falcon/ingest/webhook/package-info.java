/**
 * Webhook bodies read as raw bytes under a hard cap, so that a provider notification is
 * refused (413) before anything parses it and verified before anything trusts it, and the
 * security chain that lets providers reach {@code /webhooks/**} without a login.
 */
@NullMarked
package health.falcon.ingest.webhook;

import org.jspecify.annotations.NullMarked;

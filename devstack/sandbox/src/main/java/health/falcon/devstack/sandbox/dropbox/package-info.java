/**
 * Emulated Dropbox API v2 ({@code /dropbox}): OAuth with PKCE and non-rotating refresh
 * tokens, {@code list_folder} with cursors over a per-account change log, downloads,
 * longpoll, signed webhooks and seeded health exports.
 */
@NullMarked
package health.falcon.devstack.sandbox.dropbox;

import org.jspecify.annotations.NullMarked;

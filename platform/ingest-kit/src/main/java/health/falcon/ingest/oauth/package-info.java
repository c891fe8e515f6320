/**
 * The OAuth 2 connect flow (signed state, PKCE, code exchange, granted-scope check) and
 * single-flight token refresh.
 */
@NullMarked
package health.falcon.ingest.oauth;

import org.jspecify.annotations.NullMarked;

/**
 * Google Health API (v4) emulator under {@code /google-health}: Google-style OAuth 2.0
 * (consent page, PKCE, non-rotating refresh tokens, revocation), identity, settings and
 * profile, data points of the Fitbit data types with filters, paging and quotas, daily
 * roll-ups, subscribers with the verification handshake, and sandbox-only control routes
 * under {@code /google-health/sandbox}.
 */
@NullMarked
package health.falcon.devstack.sandbox.googlehealth;

import org.jspecify.annotations.NullMarked;

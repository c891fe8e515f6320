/**
 * OAuth 2.0 building blocks the provider emulators share: the authorize page renderer,
 * redirects back to the client, PKCE, single-use authorization codes, client
 * authentication at the token endpoint and the {@code error}/{@code error_description}
 * body. It knows no provider: each provider package keeps its own paths, parameters,
 * texts, token shapes and error codes.
 */
@NullMarked
package health.falcon.devstack.sandbox.oauth;

import org.jspecify.annotations.NullMarked;

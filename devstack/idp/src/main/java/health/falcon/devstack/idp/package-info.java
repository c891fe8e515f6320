/**
 * Devstack OpenID Connect provider: Spring Authorization Server configured for local
 * development.
 */
@NullMarked
package health.falcon.devstack.idp;

import org.jspecify.annotations.NullMarked;

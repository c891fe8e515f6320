/**
 * JWT resource server defaults and the {@link health.falcon.kit.security.CurrentUser}
 * argument.
 */
@NullMarked
package health.falcon.kit.security;

import org.jspecify.annotations.NullMarked;

/**
 * Claims added to access tokens and ID tokens.
 */
@NullMarked
package health.falcon.devstack.idp.tokens;

import org.jspecify.annotations.NullMarked;

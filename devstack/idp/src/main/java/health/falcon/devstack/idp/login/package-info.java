/**
 * The HTML login form.
 */
@NullMarked
package health.falcon.devstack.idp.login;

import org.jspecify.annotations.NullMarked;

/**
 * Starting sign-in and returning the user to the page they asked for.
 */
@NullMarked
package health.falcon.gateway.login;

import org.jspecify.annotations.NullMarked;

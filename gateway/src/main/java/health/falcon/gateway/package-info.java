/**
 * The gateway: sign-in, session, routes and the single-page application.
 */
@NullMarked
package health.falcon.gateway;

import org.jspecify.annotations.NullMarked;

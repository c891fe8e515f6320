/**
 * Gateway filters of our own for the routes to the services.
 */
@NullMarked
package health.falcon.gateway.route;

import org.jspecify.annotations.NullMarked;

/**
 * The one registered OAuth 2.0 client (the gateway) and the authorization server
 * settings.
 */
@NullMarked
package health.falcon.devstack.idp.client;

import org.jspecify.annotations.NullMarked;

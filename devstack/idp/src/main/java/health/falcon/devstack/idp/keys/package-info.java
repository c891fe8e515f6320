/**
 * Signing keys: an RSA JSON Web Key generated once and persisted under the key directory.
 */
@NullMarked
package health.falcon.devstack.idp.keys;

import org.jspecify.annotations.NullMarked;

/**
 * Authorizations persisted under {@code $FALCON_HOME/idp}, so tokens outlive a restart.
 */
@NullMarked
package health.falcon.devstack.idp.authorizations;

import org.jspecify.annotations.NullMarked;

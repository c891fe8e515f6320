/**
 * Start-up checks for the properties every Falcon service needs from its deployment
 * (database, token issuer, token endpoints), which have no default outside the devstack.
 */
@NullMarked
package health.falcon.kit.required;

import org.jspecify.annotations.NullMarked;

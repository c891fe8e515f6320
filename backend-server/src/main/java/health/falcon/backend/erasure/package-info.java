/**
 * Erasing and restoring a user's personal data: every feature of backend-server that
 * stores some implements {@link health.falcon.backend.erasure.PersonalData}, and deleting
 * an account erases them all; those that can read their collections back from a
 * {@code falcon-export} archive also implement
 * {@link health.falcon.backend.erasure.RestorablePersonalData}. Shared by the feature
 * packages.
 */
@NullMarked
package health.falcon.backend.erasure;

import org.jspecify.annotations.NullMarked;

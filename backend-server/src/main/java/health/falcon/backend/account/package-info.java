/**
 * Deleting the account ({@code DELETE /api/me?confirm=<sub>}): every ingest service, the
 * insight cache in backend-data and every
 * {@link health.falcon.backend.erasure.PersonalData} store of backend-server erase what
 * they keep of the signed-in user.
 */
@NullMarked
package health.falcon.backend.account;

import org.jspecify.annotations.NullMarked;

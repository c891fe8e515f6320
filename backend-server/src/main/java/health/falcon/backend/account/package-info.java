/**
 * The account's data rights: deleting it ({@code DELETE /api/me?confirm=<sub>}), where
 * every ingest service, the insight cache in backend-data and every
 * {@link health.falcon.backend.erasure.PersonalData} store of backend-server erase what
 * they keep of the signed-in user; and restoring a {@code falcon-export} archive in one
 * step ({@code POST /api/me/restore}), read by every
 * {@link health.falcon.backend.erasure.RestorablePersonalData} store and uploaded to
 * every ingest service's import endpoint.
 */
@NullMarked
package health.falcon.backend.account;

import org.jspecify.annotations.NullMarked;

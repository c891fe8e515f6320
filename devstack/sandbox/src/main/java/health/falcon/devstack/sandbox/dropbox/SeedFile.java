package health.falcon.devstack.sandbox.dropbox;

import java.time.Instant;

/**
 * A file the seed puts into an account.
 *
 * @param path display path below the account's root
 * @param modified the server time of the upload
 */
record SeedFile(String path, byte[] content, Instant modified) {

}

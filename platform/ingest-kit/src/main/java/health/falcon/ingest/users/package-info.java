/**
 * What ingest services read about their users from backend-server's collections.
 */
@NullMarked
package health.falcon.ingest.users;

import org.jspecify.annotations.NullMarked;

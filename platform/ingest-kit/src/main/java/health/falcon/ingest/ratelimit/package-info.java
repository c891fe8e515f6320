/**
 * The per-provider rate budget shared by every replica, fed from response headers.
 */
@NullMarked
package health.falcon.ingest.ratelimit;

import org.jspecify.annotations.NullMarked;

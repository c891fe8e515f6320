/**
 * The {@code connections} documents: one per user and provider, with status, encrypted
 * tokens, cursors, counts and the sync lease.
 */
@NullMarked
package health.falcon.ingest.connection;

import org.jspecify.annotations.NullMarked;

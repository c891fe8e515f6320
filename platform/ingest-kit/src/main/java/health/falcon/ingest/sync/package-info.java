/**
 * Sync runs: leases, the run context handed to connectors, the provider API client with
 * budget and retries, quarantine and raw archive.
 */
@NullMarked
package health.falcon.ingest.sync;

import org.jspecify.annotations.NullMarked;

/**
 * Uploaded files imported in the background: kept in a temporary file while hashed, then
 * imported by a small bounded pool of workers, the file deleted when the import ends.
 */
@NullMarked
package health.falcon.ingest.uploads;

import org.jspecify.annotations.NullMarked;

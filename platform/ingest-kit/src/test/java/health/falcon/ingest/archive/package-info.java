/**
 * Tests of the archive guard.
 */
@NullMarked
package health.falcon.ingest.archive;

import org.jspecify.annotations.NullMarked;

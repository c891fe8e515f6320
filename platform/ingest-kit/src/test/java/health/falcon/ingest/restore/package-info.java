/**
 * Tests of the restore of {@code falcon-export} archives.
 */
@NullMarked
package health.falcon.ingest.restore;

import org.jspecify.annotations.NullMarked;

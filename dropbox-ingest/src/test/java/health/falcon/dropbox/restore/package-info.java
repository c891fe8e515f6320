/**
 * Tests of dropbox-ingest's restore declarations.
 */
@NullMarked
package health.falcon.dropbox.restore;

import org.jspecify.annotations.NullMarked;

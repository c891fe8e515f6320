/**
 * Tests of the export archive's shared reader.
 */
@NullMarked
package health.falcon.documents.archive;

import org.jspecify.annotations.NullMarked;

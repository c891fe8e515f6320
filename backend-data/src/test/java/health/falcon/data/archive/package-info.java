/**
 * Tests of the full export.
 */
@NullMarked
package health.falcon.data.archive;

import org.jspecify.annotations.NullMarked;

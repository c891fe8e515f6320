/**
 * Tests of health.falcon.dropbox.imports.
 */
@NullMarked
package health.falcon.dropbox.imports;

import org.jspecify.annotations.NullMarked;

/**
 * Tests of health.falcon.dropbox.formats.
 */
@NullMarked
package health.falcon.dropbox.formats;

import org.jspecify.annotations.NullMarked;

/**
 * Tests of health.falcon.dropbox.
 */
@NullMarked
package health.falcon.dropbox;

import org.jspecify.annotations.NullMarked;

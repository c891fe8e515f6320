/**
 * Tests of health.falcon.dropbox.sync.
 */
@NullMarked
package health.falcon.dropbox.sync;

import org.jspecify.annotations.NullMarked;

/**
 * Tests of health.falcon.dropbox.reading.
 */
@NullMarked
package health.falcon.dropbox.reading;

import org.jspecify.annotations.NullMarked;

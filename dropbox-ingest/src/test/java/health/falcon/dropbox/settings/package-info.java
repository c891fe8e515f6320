/**
 * Tests of health.falcon.dropbox.settings.
 */
@NullMarked
package health.falcon.dropbox.settings;

import org.jspecify.annotations.NullMarked;

/**
 * Tests of health.falcon.dropbox.store.
 */
@NullMarked
package health.falcon.dropbox.store;

import org.jspecify.annotations.NullMarked;

/**
 * Tests of the downloads relay.
 */
@NullMarked
package health.falcon.backend.downloads;

import org.jspecify.annotations.NullMarked;

/**
 * Tests of the sleep feature.
 */
@NullMarked
package health.falcon.backend.sleep;

import org.jspecify.annotations.NullMarked;

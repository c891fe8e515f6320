/**
 * Tests of the sleep feature.
 */
@NullMarked
package health.falcon.data.sleep;

import org.jspecify.annotations.NullMarked;

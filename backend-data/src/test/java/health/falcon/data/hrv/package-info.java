/**
 * Tests of the hrv feature.
 */
@NullMarked
package health.falcon.data.hrv;

import org.jspecify.annotations.NullMarked;

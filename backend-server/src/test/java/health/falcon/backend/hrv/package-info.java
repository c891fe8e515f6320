/**
 * Tests of the hrv feature.
 */
@NullMarked
package health.falcon.backend.hrv;

import org.jspecify.annotations.NullMarked;

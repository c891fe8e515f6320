/**
 * Tests of the bloodpressure feature.
 */
@NullMarked
package health.falcon.backend.bloodpressure;

import org.jspecify.annotations.NullMarked;

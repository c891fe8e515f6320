/**
 * Tests of the bloodpressure feature.
 */
@NullMarked
package health.falcon.data.bloodpressure;

import org.jspecify.annotations.NullMarked;

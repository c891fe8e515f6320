/**
 * Tests of the heart-rate feature.
 */
@NullMarked
package health.falcon.data.heartrate;

import org.jspecify.annotations.NullMarked;

/**
 * Tests of health.falcon.fitbit.sleep.
 */
@NullMarked
package health.falcon.fitbit.sleep;

import org.jspecify.annotations.NullMarked;

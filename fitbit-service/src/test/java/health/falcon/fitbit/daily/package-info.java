/**
 * Tests of health.falcon.fitbit.daily.
 */
@NullMarked
package health.falcon.fitbit.daily;

import org.jspecify.annotations.NullMarked;

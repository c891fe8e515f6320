/**
 * Tests of health.falcon.fitbit.
 */
@NullMarked
package health.falcon.fitbit;

import org.jspecify.annotations.NullMarked;

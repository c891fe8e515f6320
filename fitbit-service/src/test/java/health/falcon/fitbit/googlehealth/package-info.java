/**
 * Tests of health.falcon.fitbit.googlehealth.
 */
@NullMarked
package health.falcon.fitbit.googlehealth;

import org.jspecify.annotations.NullMarked;

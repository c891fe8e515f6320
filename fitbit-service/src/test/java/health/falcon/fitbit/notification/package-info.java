/**
 * Tests of health.falcon.fitbit.notification.
 */
@NullMarked
package health.falcon.fitbit.notification;

import org.jspecify.annotations.NullMarked;

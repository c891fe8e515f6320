/**
 * Daily activity per user and local day: steps, distance, active and total calories.
 */
@NullMarked
package health.falcon.fitbit.daily;

import org.jspecify.annotations.NullMarked;

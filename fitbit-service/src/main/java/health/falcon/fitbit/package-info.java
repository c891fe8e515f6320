/**
 * fitbit-service: the Google Health API connector, export import and intraday heart rate.
 */
@NullMarked
package health.falcon.fitbit;

import org.jspecify.annotations.NullMarked;

/**
 * The dashboard: today and the last 7 and 30 days at a glance, read with a few bounded
 * queries on indexed keys straight from the stored collections.
 */
@NullMarked
package health.falcon.data.dashboard;

import org.jspecify.annotations.NullMarked;

/**
 * Tests of the dashboard.
 */
@NullMarked
package health.falcon.data.dashboard;

import org.jspecify.annotations.NullMarked;

/**
 * Tests of the dashboard relay.
 */
@NullMarked
package health.falcon.backend.dashboard;

import org.jspecify.annotations.NullMarked;

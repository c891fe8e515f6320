/**
 * Tests of the insights relay.
 */
@NullMarked
package health.falcon.backend.insights;

import org.jspecify.annotations.NullMarked;

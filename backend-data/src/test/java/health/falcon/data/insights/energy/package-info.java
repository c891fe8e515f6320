/**
 * Tests of the energy-balance insight.
 */
@NullMarked
package health.falcon.data.insights.energy;

import org.jspecify.annotations.NullMarked;

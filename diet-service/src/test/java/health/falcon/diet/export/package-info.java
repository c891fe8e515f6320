/**
 * Tests of the MyFitnessPal import pipeline and its endpoint.
 */
@NullMarked
package health.falcon.diet.export;

import org.jspecify.annotations.NullMarked;

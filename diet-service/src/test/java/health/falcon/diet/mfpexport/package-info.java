/**
 * Tests of the MyFitnessPal export parsers, with written samples and fuzz tests.
 */
@NullMarked
package health.falcon.diet.mfpexport;

import org.jspecify.annotations.NullMarked;

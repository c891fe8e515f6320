/**
 * Pure parsers of the MyFitnessPal export CSV files (Nutrition, Exercise and Measurement
 * Summary); no Spring, no I/O beyond the given stream.
 */
@NullMarked
package health.falcon.diet.mfpexport;

import org.jspecify.annotations.NullMarked;

/**
 * Tests of the CSV and FHIR exports.
 */
@NullMarked
package health.falcon.data.metrics.export;

import org.jspecify.annotations.NullMarked;

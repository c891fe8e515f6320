/**
 * Tests of the blood-pressure insight, its daily signals and the clinician report.
 */
@NullMarked
package health.falcon.data.insights.bloodpressure;

import org.jspecify.annotations.NullMarked;

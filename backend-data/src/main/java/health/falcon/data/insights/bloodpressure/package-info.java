/**
 * The blood-pressure insight (2017 ACC/AHA categories, period, morning and evening
 * averages, the home-monitoring protocol week), the {@code morning-systolic} and
 * {@code morning-diastolic} daily signals, and the clinician report
 * {@code GET /reports/blood-pressure} in HTML and PDF.
 */
@NullMarked
package health.falcon.data.insights.bloodpressure;

import org.jspecify.annotations.NullMarked;

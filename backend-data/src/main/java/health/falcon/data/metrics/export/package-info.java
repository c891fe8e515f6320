/**
 * The downloads of the stored metrics: {@code GET /export/csv/{metric}} (one CSV per
 * metric, heart rate included, in the user's units and zone) and {@code GET /export/fhir}
 * (a FHIR R4 Bundle of Observations built with HAPI FHIR). A subpackage of
 * {@code metrics}, whose {@link health.falcon.data.metrics.MetricValues} they read; heart
 * rate they read themselves from {@code heart_rate_days}. Read only.
 */
@NullMarked
package health.falcon.data.metrics.export;

import org.jspecify.annotations.NullMarked;

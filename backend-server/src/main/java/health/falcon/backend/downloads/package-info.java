/**
 * The downloads relay: {@code /api/export/csv/{metric}}, {@code /api/export/fhir},
 * {@code /api/reports/blood-pressure} and {@code /api/export/all}, each streamed from
 * backend-data for the user's relayed token without holding the body.
 */
@NullMarked
package health.falcon.backend.downloads;

import org.jspecify.annotations.NullMarked;

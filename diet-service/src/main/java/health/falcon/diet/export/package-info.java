/**
 * Import of MyFitnessPal export ZIPs and CSVs: upload endpoint, background runs, the
 * importer API and its report.
 */
@NullMarked
package health.falcon.diet.export;

import org.jspecify.annotations.NullMarked;

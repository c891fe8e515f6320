/**
 * MyFitnessPal export ZIPs and CSVs on the ingest kit's file imports: the reader, the
 * importer that stores their rows, and the conversion of the old {@code diet_imports}
 * runs.
 */
@NullMarked
package health.falcon.diet.export;

import org.jspecify.annotations.NullMarked;

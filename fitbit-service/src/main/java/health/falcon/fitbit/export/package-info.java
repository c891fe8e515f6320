/**
 * Import of the Fitbit account archive and Google Takeout exports, as the {@code fitbit}
 * reader of the ingest kit's import pipeline: ZIP safety, layout detection, streaming
 * JSON and CSV parsing, quarantined entries, and the move of the old
 * {@code fitbit_imports} records.
 */
@NullMarked
package health.falcon.fitbit.export;

import org.jspecify.annotations.NullMarked;

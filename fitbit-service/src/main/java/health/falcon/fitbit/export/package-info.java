/**
 * Import of the Fitbit account archive and Google Takeout exports: ZIP safety, layout
 * detection, streaming JSON and CSV parsing, the background import runs and their API.
 */
@NullMarked
package health.falcon.fitbit.export;

import org.jspecify.annotations.NullMarked;

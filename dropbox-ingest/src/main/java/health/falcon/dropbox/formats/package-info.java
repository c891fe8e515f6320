/**
 * Content-based format detection and pure parsers for blood-pressure CSV exports (OMRON
 * connect, iHealth, Withings) and CardioMood HRV reports.
 */
@NullMarked
package health.falcon.dropbox.formats;

import org.jspecify.annotations.NullMarked;

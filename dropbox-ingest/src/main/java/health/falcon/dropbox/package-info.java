/**
 * dropbox-ingest: file ingest of blood-pressure exports and HRV reports.
 */
@NullMarked
package health.falcon.dropbox;

import org.jspecify.annotations.NullMarked;

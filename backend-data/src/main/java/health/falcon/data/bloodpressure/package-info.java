/**
 * The user's blood-pressure readings as dropbox-ingest stores them:
 * {@code GET /blood-pressure/readings}. Read only.
 */
@NullMarked
package health.falcon.data.bloodpressure;

import org.jspecify.annotations.NullMarked;

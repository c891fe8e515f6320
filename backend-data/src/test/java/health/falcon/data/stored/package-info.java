/**
 * The one set of test writers: documents written with health-documents' names exactly as
 * their writers store them (fitbit-service, dropbox-ingest, diet-service,
 * fitness-service, the ingest kit), one class per collection, used by every test of
 * backend-data.
 */
@NullMarked
package health.falcon.data.stored;

import org.jspecify.annotations.NullMarked;

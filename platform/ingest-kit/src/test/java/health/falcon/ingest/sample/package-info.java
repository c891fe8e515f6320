/**
 * Tests of the ingest kit (sample).
 */
@NullMarked
package health.falcon.ingest.sample;

import org.jspecify.annotations.NullMarked;

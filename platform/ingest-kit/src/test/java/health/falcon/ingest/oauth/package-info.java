/**
 * Tests of the ingest kit (oauth).
 */
@NullMarked
package health.falcon.ingest.oauth;

import org.jspecify.annotations.NullMarked;

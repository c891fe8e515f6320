/**
 * Tests of the ingest kit (webhook bodies).
 */
@NullMarked
package health.falcon.ingest.webhook;

import org.jspecify.annotations.NullMarked;

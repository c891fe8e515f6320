/**
 * Tests of the ingest kit (hand-off check).
 */
@NullMarked
package health.falcon.ingest.handoff;

import org.jspecify.annotations.NullMarked;

/**
 * Tests of the ingest kit (crypto).
 */
@NullMarked
package health.falcon.ingest.crypto;

import org.jspecify.annotations.NullMarked;

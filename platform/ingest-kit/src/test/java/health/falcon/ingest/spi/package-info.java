/**
 * Tests of the connector contract's helpers.
 */
@NullMarked
package health.falcon.ingest.spi;

import org.jspecify.annotations.NullMarked;

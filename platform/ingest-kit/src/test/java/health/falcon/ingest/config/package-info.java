/**
 * Tests of the ingest kit's configuration.
 */
@NullMarked
package health.falcon.ingest.config;

import org.jspecify.annotations.NullMarked;

/**
 * Tests of the ingest kit (file imports).
 */
@NullMarked
package health.falcon.ingest.imports;

import org.jspecify.annotations.NullMarked;

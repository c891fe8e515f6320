/**
 * Archives (export ZIPs, xlsx workbooks) read within typed limits: entry count,
 * uncompressed size per entry and in all, and compression ratio, all counted on the bytes
 * actually inflated rather than the sizes an archive declares.
 */
@NullMarked
package health.falcon.ingest.archive;

import org.jspecify.annotations.NullMarked;

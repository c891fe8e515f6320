/**
 * File imports end to end, for every service that imports files: the upload and hand-off
 * endpoints, the bounded queue and workers, the one {@code imported_files} collection,
 * the report and status views, the problems and idempotence by content hash. A service
 * contributes only an {@link health.falcon.ingest.imports.ImportReader} (detect, read
 * rows, store).
 */
@NullMarked
package health.falcon.ingest.imports;

import org.jspecify.annotations.NullMarked;

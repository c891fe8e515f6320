/**
 * The upload endpoint, the {@code imported_files} records and the background import that
 * reads, detects, parses and stores a file.
 */
@NullMarked
package health.falcon.dropbox.imports;

import org.jspecify.annotations.NullMarked;

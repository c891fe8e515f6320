/**
 * The {@code dropbox} reader of the ingest kit's import pipeline (detects, parses and
 * stores a file), the Dropbox records of {@code imported_files} and the conversion of
 * records written before the pipeline.
 */
@NullMarked
package health.falcon.dropbox.imports;

import org.jspecify.annotations.NullMarked;

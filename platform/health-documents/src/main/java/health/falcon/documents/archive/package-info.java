/**
 * Falcon's export archive ({@code falcon-export}, {@code docs/export-format.md}): its
 * names and the reader of its collection entries, shared by the writer (backend-data) and
 * the readers (the ingest kit's restore and backend-server's).
 */
@NullMarked
package health.falcon.documents.archive;

import org.jspecify.annotations.NullMarked;

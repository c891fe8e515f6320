/**
 * {@code GET /export/all}: every stored document of the user's as a ZIP
 * ({@code falcon-export}, version 1; layout in {@code docs/export-format.md}), streamed
 * document by document, which the ingest services' file imports read back.
 */
@NullMarked
package health.falcon.data.archive;

import org.jspecify.annotations.NullMarked;

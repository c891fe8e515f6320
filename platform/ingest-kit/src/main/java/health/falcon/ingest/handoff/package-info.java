/**
 * The receiving side of a hand-off: a service-to-service import is accepted only when it
 * names dropbox-ingest's {@code imported_files} record of that user's file, classified as
 * an export of the receiving service's format, whose content hash the received file has.
 */
@NullMarked
package health.falcon.ingest.handoff;

import org.jspecify.annotations.NullMarked;

/**
 * How every feature reads stored documents: members read leniently (a missing member or
 * one of another type is unknown, never 0) and the provenance the writers store, named
 * the same way in every answer.
 */
@NullMarked
package health.falcon.data.stored;

import org.jspecify.annotations.NullMarked;

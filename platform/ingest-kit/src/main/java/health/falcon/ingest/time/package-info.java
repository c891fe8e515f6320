/**
 * Time abstractions that make waiting controllable in tests.
 */
@NullMarked
package health.falcon.ingest.time;

import org.jspecify.annotations.NullMarked;

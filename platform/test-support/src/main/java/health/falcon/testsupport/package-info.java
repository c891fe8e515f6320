/**
 * Helpers shared by the services' tests: a settable clock, a recording
 * {@code SyncContext}, minted RS256 tokens and an in-memory MongoDB. Test scope only.
 */
@NullMarked
package health.falcon.testsupport;

import org.jspecify.annotations.NullMarked;

/**
 * End-to-end tests of the local suite started by {@code ./run.sh}, through the real
 * gateway.
 */
@NullMarked
package health.falcon.systemtests;

import org.jspecify.annotations.NullMarked;

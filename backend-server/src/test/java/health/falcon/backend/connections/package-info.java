/**
 * Tests of the connections feature.
 */
@NullMarked
package health.falcon.backend.connections;

import org.jspecify.annotations.NullMarked;

/**
 * Tests of the service kit (problem).
 */
@NullMarked
package health.falcon.kit.problem;

import org.jspecify.annotations.NullMarked;

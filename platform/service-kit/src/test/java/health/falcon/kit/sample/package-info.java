/**
 * Tests of the service kit (sample).
 */
@NullMarked
package health.falcon.kit.sample;

import org.jspecify.annotations.NullMarked;

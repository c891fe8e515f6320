/**
 * Tests of the service kit (release).
 */
@NullMarked
package health.falcon.kit.release;

import org.jspecify.annotations.NullMarked;

/**
 * Tests of the service kit (defaults).
 */
@NullMarked
package health.falcon.kit.defaults;

import org.jspecify.annotations.NullMarked;

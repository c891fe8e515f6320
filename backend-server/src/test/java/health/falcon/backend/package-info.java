/**
 * Tests and the local test main of backend-server.
 */
@NullMarked
package health.falcon.backend;

import org.jspecify.annotations.NullMarked;

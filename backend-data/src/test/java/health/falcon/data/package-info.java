/**
 * Tests and the local test main of backend-data.
 */
@NullMarked
package health.falcon.data;

import org.jspecify.annotations.NullMarked;

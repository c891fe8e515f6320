/**
 * Tests of the insights framework: the cache, the data version and the endpoints.
 */
@NullMarked
package health.falcon.data.insights;

import org.jspecify.annotations.NullMarked;

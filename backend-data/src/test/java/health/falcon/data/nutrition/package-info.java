/**
 * Tests of the nutrition feature.
 */
@NullMarked
package health.falcon.data.nutrition;

import org.jspecify.annotations.NullMarked;

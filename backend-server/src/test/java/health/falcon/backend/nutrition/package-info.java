/**
 * Tests of the nutrition feature.
 */
@NullMarked
package health.falcon.backend.nutrition;

import org.jspecify.annotations.NullMarked;

/**
 * Tests of diet-service's restore of a {@code falcon-export} archive.
 */
@NullMarked
package health.falcon.diet.restore;

import org.jspecify.annotations.NullMarked;

/**
 * Tests of fitness-service's restore of a {@code falcon-export} archive.
 */
@NullMarked
package health.falcon.fitness.restore;

import org.jspecify.annotations.NullMarked;

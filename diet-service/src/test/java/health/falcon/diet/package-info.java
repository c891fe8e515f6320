/**
 * Tests of health.falcon.diet.
 */
@NullMarked
package health.falcon.diet;

import org.jspecify.annotations.NullMarked;
